#include "panels/dsc/DscPanel.h"

#include "models/ResultTableValues.h"
#include "panels/dsc/DscScanView.h"
#include "panels/dsc/DscSeriesView.h"
#include "plot/CurvePlot.h"

#include <QTabWidget>
#include <QTableWidget>

#include <utility>

namespace gb {

DscPanel::DscPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_tabs(new QTabWidget(this)), m_scan(new DscScanView(this)),
      m_table(new QTableWidget(this)), m_series(new DscSeriesView(this))
{
    m_series->setDocument(document);
    m_table->setObjectName(QStringLiteral("dscPeakTable"));
    layOutTechniqueTabs(m_tabs, m_scan, m_table, 5, tr("Scan"), m_series, tr("Series"));

    connect(m_scan, &DscScanView::integrationLimitsEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kIntegrationLimitsK, r, tr("Move integration limit"));
    });
    connect(m_scan, &DscScanView::glassWindowEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kGlassWindowK, r, tr("Move glass baseline window"));
    });
    connect(m_scan, &DscScanView::liquidWindowEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kLiquidWindowK, r, tr("Move liquid baseline window"));
    });
    followCurrentDataset(&m_datasetId, m_table,
                         [this](const QString &id) { return isRelaxedDscRow(*this->document(), id); });
    redrawNow();
}

QString DscPanel::title() const
{
    return tr("DSC");
}

CurvePlot *DscPanel::currentPlot() const
{
    return m_tabs->currentIndex() == 1 ? m_series->plot() : m_scan->differencePlot();
}

void DscPanel::documentChanged()
{
    scheduleRedraw();
}

void DscPanel::selectionChanged() {}

void DscPanel::redrawScheduled()
{
    redrawNow();
}

void DscPanel::redrawNow()
{
    Document *doc = document();
    if (!isRelaxedDscRow(*doc, m_datasetId)) {
        const QString current = doc->currentCurve().rowId;
        m_datasetId = isRelaxedDscRow(*doc, current) ? current : firstRelaxedDscScan(*doc);
    }
    m_shown = m_datasetId.isEmpty() ? DscCurrentScan{} : analyzeCurrentDscScan(*doc, m_datasetId);
    const int row = doc->rowIndex(m_datasetId);
    m_scan->show(m_shown, row >= 0 ? doc->curveLabel(CurveRef{m_datasetId, 0}) : QString(),
                 doc->isSimulated());
    fillTable();
    m_series->setResults(doc->results(), doc->isSimulated());
}

void DscPanel::fillTable()
{
    fillDatasetSummaryTable(m_table, document()->results(), QStringLiteral("dsc_peaks.csv"),
                            {{QStringLiteral("file"), tr("File"), -1},
                             {QStringLiteral("segment"), tr("Segment"), -1},
                             {QStringLiteral("path"), tr("Path"), -1},
                             {QStringLiteral("t_a_s"), tr("t_a (s)"), 3},
                             {QStringLiteral("phi_K_per_s"), tr("φ (K/s)"), 3},
                             {QStringLiteral("dH_uJ"), tr("ΔH (µJ)"), 4},
                             {QStringLiteral("Tp_K"), tr("T_p (K)"), 2},
                             {QStringLiteral("FWHM_K"), tr("FWHM (K)"), 2},
                             {QStringLiteral("status"), tr("Status"), -1}},
                            m_datasetId);
}

void DscPanel::storeRange(const SettingKey<ValueRange> &key, const ValueRange &range, const QString &text)
{
    if (m_datasetId.isEmpty() || !(range.low == range.low) || !(range.high == range.high))
        return;
    ValueRange ordered = range;
    if (ordered.low > ordered.high)
        std::swap(ordered.low, ordered.high);
    if (ordered.low == ordered.high) {
        scheduleRedraw(); // an empty interval is not a setting: put the lines back
        return;
    }
    document()->setSetting(m_datasetId, key.id(), settingToJson(ordered), text);
}

} // namespace gb
