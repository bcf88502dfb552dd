#pragma once

#include "panels/AnalysisPanel.h"
#include "panels/dsc/DscCurrentScan.h"

class QTabWidget;
class QTableWidget;

namespace gb {

class DscScanView;
class DscSeriesView;

/// Flash DSC (issue 6): the current relaxed scan against its reference with the relaxation peak,
/// its baseline windows and integration limits (drag to change them: one undoable setting each),
/// beside the table of ΔH, T_p and FWHM of every scan; and a second tab with the campaign's
/// series (ΔH vs φ and t_a, FWHM vs ΔH, Kissinger, E vs ΔH, the path comparison).
class DscPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit DscPanel(Document *document, QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("dsc"); }
    QString title() const override;
    QList<Technique> techniques() const override { return {Technique::Dsc}; }
    CurvePlot *currentPlot() const override;

    DscScanView *scanView() const { return m_scan; }
    DscSeriesView *seriesView() const { return m_series; }
    QTableWidget *peakTable() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The scan shown (dataset id) and its analysis.
    const DscCurrentScan &shownScan() const { return m_shown; }

public Q_SLOTS:
    void documentChanged() override;
    void selectionChanged() override;
    /// Redraws now (the panel otherwise coalesces the document's signals into one redraw).
    void redrawNow();

private:
    void redrawScheduled() override;
    void fillTable();
    void storeRange(const SettingKey<ValueRange> &key, const ValueRange &range, const QString &text);

    QTabWidget *m_tabs;
    DscScanView *m_scan;
    QTableWidget *m_table;
    DscSeriesView *m_series;
    DscCurrentScan m_shown;
    QString m_datasetId;
};

} // namespace gb
