#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace gb {

class CurvePlot;
class ResultTableModel;

/// The DSC series of a campaign, drawn from its result tables (dsc_peaks.csv, dsc_kissinger.csv,
/// dsc_matched.csv): ΔH against φ and against t_a (log axes), FWHM against ΔH for both paths,
/// Kissinger plots with their fitted lines, E against ΔH, and the isothermal-vs-isochronal
/// comparison of the matched pairs with the list of pairs.
class DscSeriesView : public QWidget {
    Q_OBJECT
public:
    enum class Kind {
        EnthalpyVsCoolingRate,
        EnthalpyVsAgingTime,
        FwhmVsEnthalpy,
        Kissinger,
        EnergyVsEnthalpy,
        PathComparison
    };

    explicit DscSeriesView(QWidget *parent = nullptr);

    void setResults(const AnalysisTables &results, bool simulated);
    void setKind(Kind kind);
    Kind kind() const;
    CurvePlot *plot() const { return m_plot; }

private:
    void redraw();
    void drawEnthalpyAgainst(const QString &path, const QString &xColumn);
    void drawFwhmVsEnthalpy();
    void drawKissinger();
    void drawEnergyVsEnthalpy();
    void drawPathComparison();

    QComboBox *m_kind;
    CurvePlot *m_plot;
    QLabel *m_note;
    QTableView *m_matched;
    ResultTableModel *m_matchedModel;
    AnalysisTables m_results;
    bool m_simulated = false;
};

} // namespace gb
