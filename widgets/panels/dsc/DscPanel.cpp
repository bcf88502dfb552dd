#include "panels/dsc/DscPanel.h"

#include "models/ResultTableValues.h"
#include "panels/dsc/DscScanView.h"
#include "panels/dsc/DscSeriesView.h"
#include "plot/CurvePlot.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace gb {

DscPanel::DscPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_tabs(new QTabWidget(this)), m_scan(new DscScanView(this)),
      m_table(new QTableWidget(this)), m_series(new DscSeriesView(this))
{
    m_series->setDocument(document);
    m_table->setObjectName(QStringLiteral("dscPeakTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_scan);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    m_tabs->addTab(splitter, tr("Scan"));
    m_tabs->addTab(m_series, tr("Series"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_scan, &DscScanView::integrationLimitsEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kIntegrationLimitsK, r, tr("Move integration limit"));
    });
    connect(m_scan, &DscScanView::glassWindowEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kGlassWindowK, r, tr("Move glass baseline window"));
    });
    connect(m_scan, &DscScanView::liquidWindowEdited, this, [this](const ValueRange &r) {
        storeRange(settings::kLiquidWindowK, r, tr("Move liquid baseline window"));
    });
    // A row a person picks (click or arrow keys) becomes the current dataset.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_table->hasFocus() || row < 0 || !m_table->item(row, 0))
            return;
        const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
        if (!id.isEmpty() && id != m_datasetId)
            this->document()->setCurrentCurve(CurveRef{id, 0});
    });
    connect(document, &Document::currentCurveChanged, this, [this] {
        const QString id = this->document()->currentCurve().rowId;
        if (isRelaxedDscRow(*this->document(), id) && id != m_datasetId) {
            m_datasetId = id;
            scheduleRedraw();
        }
    });
    connect(document, &Document::documentReset, this, [this] {
        m_datasetId.clear();
        scheduleRedraw();
    });
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
