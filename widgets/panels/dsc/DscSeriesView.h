#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace gb {

class CurvePlot;
class Document;
class DscPathComparisonView;
class ResultTableModel;

/// The DSC series of a campaign, drawn from its result tables (dsc_peaks.csv, dsc_kissinger.csv,
/// dsc_matched.csv): ΔH against φ and against t_a (log axes), FWHM against ΔH for both paths,
/// Kissinger plots with their fitted lines, E against ΔH, the FWHM of the matched pairs at equal
/// ΔH with the list of pairs, and the path comparison of the pair chosen in that list: the
/// isochronal peak and the isothermal peak of equal ΔH side by side and overlaid
/// (DscPathComparisonView).
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
        MatchedPeaks ///< the path comparison of the pair chosen in the list (DscPathComparisonView)
    };

    explicit DscSeriesView(QWidget *parent = nullptr);

    void setResults(const AnalysisTables &results, bool simulated);
    /// The document whose scans the path comparison analyses (it outlives the view).
    void setDocument(const Document *document) { m_document = document; }
    /// The matched pair (row of dsc_matched.csv) the path comparison shows.
    void setMatchedRow(int row);
    QTableView *matchedTable() const { return m_matched; }
    void setKind(Kind kind);
    Kind kind() const;
    /// The plot shown (for the path comparison: its overlay, the plot that exports the comparison).
    CurvePlot *plot() const;
    DscPathComparisonView *pathComparison() const { return m_comparison; }

private:
    void redraw();
    void drawEnthalpyAgainst(const QString &path, const QString &xColumn);
    void drawFwhmVsEnthalpy();
    void drawKissinger();
    void drawEnergyVsEnthalpy();
    void drawPathComparison();
    int selectedMatchedRow() const;

    QComboBox *m_kind;
    CurvePlot *m_plot;
    DscPathComparisonView *m_comparison;
    QStackedWidget *m_plots; ///< the series plot or the path comparison
    QLabel *m_note;
    QTableView *m_matched;
    ResultTableModel *m_matchedModel;
    AnalysisTables m_results;
    bool m_simulated = false;
    bool m_restoringSelection = false; ///< the list is being refilled: no redraw per selection
    const Document *m_document = nullptr;
};

} // namespace gb
