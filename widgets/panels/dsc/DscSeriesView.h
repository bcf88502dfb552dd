#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace gb {

class CurvePlot;
class Document;
class ResultTableModel;

/// The DSC series of a campaign, drawn from its result tables (dsc_peaks.csv, dsc_kissinger.csv,
/// dsc_matched.csv): ΔH against φ and against t_a (log axes), FWHM against ΔH for both paths,
/// Kissinger plots with their fitted lines, E against ΔH, and the isothermal-vs-isochronal
/// comparison of the matched pairs with the list of pairs, and the peaks of a chosen pair overlaid.
class DscSeriesView : public QWidget {
    Q_OBJECT
public:
    enum class Kind {
        EnthalpyVsCoolingRate,
        EnthalpyVsAgingTime,
        FwhmVsEnthalpy,
        Kissinger,
        EnergyVsEnthalpy,
        PathComparison,
        MatchedPeaks ///< the peaks of one matched pair (isochronal and isothermal), overlaid
    };

    explicit DscSeriesView(QWidget *parent = nullptr);

    void setResults(const AnalysisTables &results, bool simulated);
    /// The document whose scans the matched-peaks overlay analyses (it outlives the view).
    void setDocument(const Document *document) { m_document = document; }
    /// The matched pair (row of dsc_matched.csv) the overlay shows.
    void setMatchedRow(int row);
    QTableView *matchedTable() const { return m_matched; }
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
    void drawMatchedPeaks();

    QComboBox *m_kind;
    CurvePlot *m_plot;
    QLabel *m_note;
    QTableView *m_matched;
    ResultTableModel *m_matchedModel;
    AnalysisTables m_results;
    bool m_simulated = false;
    const Document *m_document = nullptr;
};

} // namespace gb
