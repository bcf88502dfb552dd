#include "panels/relaxation/RelaxationPanel.h"

#include "models/ResultTableValues.h"
#include "panels/relaxation/RelaxationAgingView.h"
#include "panels/relaxation/RelaxationCurveView.h"
#include "plot/CurvePlot.h"
#include "project/ProjectAnalysis.h"

#include <QTabWidget>
#include <QTableWidget>

#include <cmath>
#include <utility>

namespace gb {

RelaxationPanel::RelaxationPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_tabs(new QTabWidget(this)), m_curve(new RelaxationCurveView(this)),
      m_table(new QTableWidget(this)), m_aging(new RelaxationAgingView(this)), m_fitting(this)
{
    m_table->setObjectName(QStringLiteral("relaxationFitTable"));
    layOutTechniqueTabs(m_tabs, m_curve, m_table, 5, tr("Curve"), m_aging, tr("Aging"));

    connect(m_curve, &RelaxationCurveView::fitWindowEdited, this, [this](const ValueRange &range) {
        ValueRange window = range;
        if (m_datasetId.isEmpty() || !std::isfinite(window.low) || !std::isfinite(window.high))
            return;
        if (window.low > window.high)
            std::swap(window.low, window.high);
        if (window.low == window.high) {
            scheduleRedraw();
            return;
        }
        this->document()->setSetting(m_datasetId, settings::kFitWindowS.id(), settingToJson(window),
                                     tr("Change fit window"));
    });
    followCurrentDataset(&m_datasetId, m_table, [this](const QString &id) { return isRelaxationRow(id); });
    redrawNow();
}

QString RelaxationPanel::title() const
{
    return tr("Stress relaxation");
}

CurvePlot *RelaxationPanel::currentPlot() const
{
    return m_tabs->currentIndex() == 1 ? m_aging->plot() : m_curve->curvePlot();
}

bool RelaxationPanel::isRelaxationRow(const QString &datasetId) const
{
    const int row = document()->rowIndex(datasetId);
    return row >= 0 &&
           techniqueFromId(document()->cell(row, QStringLiteral("technique"))) == Technique::StressRelaxation;
}

void RelaxationPanel::documentChanged()
{
    scheduleRedraw();
}

void RelaxationPanel::redrawScheduled()
{
    // The fits run off the GUI thread; the tables and aging plots come from the results at once.
    m_fitting.run([curves = gatherCurves()] { return fitCurves(curves); },
                  [this](FittedCurves fitted) { showCurves(std::move(fitted)); });
    fillTable();
    m_aging->setResults(document()->results(), document()->isSimulated());
}

void RelaxationPanel::redrawNow()
{
    m_fitting.cancel();
    showCurves(fitCurves(gatherCurves()));
    fillTable();
    m_aging->setResults(document()->results(), document()->isSimulated());
}

RelaxationPanel::CurvesToFit RelaxationPanel::gatherCurves()
{
    Document *doc = document();
    if (!isRelaxationRow(m_datasetId)) {
        m_datasetId.clear();
        if (isRelaxationRow(doc->currentCurve().rowId))
            m_datasetId = doc->currentCurve().rowId;
        for (int i = 0; i < doc->rowCount() && m_datasetId.isEmpty(); ++i)
            if (isRelaxationRow(doc->row(i).id))
                m_datasetId = doc->row(i).id;
    }
    CurvesToFit curves;
    curves.datasetId = m_datasetId;
    curves.simulated = doc->isSimulated();
    const DatasetPtr dataset = m_datasetId.isEmpty() ? nullptr : doc->curve(CurveRef{m_datasetId, 0});
    if (!dataset) {
        curves.message = m_datasetId.isEmpty() ? tr("No stress-relaxation curve in this campaign.")
                                               : tr("%1 could not be read.").arg(m_datasetId);
        return curves;
    }
    const Result<AnalysisSettings> stored = analysisSettingsOf(doc->project());
    const RelaxationSettings settings = stored.ok() ? stored->relaxation : RelaxationSettings{};
    curves.members.push_back(
        {dataset, settings.forDataset(m_datasetId), doc->curveLabel(CurveRef{m_datasetId, 0})});
    // The other aging times of the same sample and T_a, with their fits (up to eight).
    const int own = doc->rowIndex(m_datasetId);
    const QString sample = doc->cell(own, QStringLiteral("sample"));
    const QString temperature = doc->cell(own, QStringLiteral("T_a_K"));
    for (int i = 0; i < doc->rowCount() && curves.members.size() < 9; ++i) {
        const QString id = doc->row(i).id;
        if (i == own || !isRelaxationRow(id) || doc->cell(i, QStringLiteral("sample")) != sample ||
            doc->cell(i, QStringLiteral("T_a_K")) != temperature)
            continue;
        if (const DatasetPtr other = doc->curve(CurveRef{id, 0})) {
            const QString agingTime = doc->cell(i, QStringLiteral("t_a_s"));
            curves.members.push_back(
                {other, settings.forDataset(id),
                 agingTime.isEmpty() ? doc->curveLabel(CurveRef{id, 0}) : tr("t_a = %1 s").arg(agingTime)});
        }
    }
    return curves;
}

RelaxationPanel::FittedCurves RelaxationPanel::fitCurves(const CurvesToFit &curves)
{
    FittedCurves fitted{curves, {}};
    for (const CurvesToFit::Member &member : curves.members)
        fitted.fits.push_back(analyzeRelaxationCurve(*member.dataset, member.settings));
    return fitted;
}

void RelaxationPanel::showCurves(FittedCurves fitted)
{
    const CurvesToFit &curves = fitted.curves;
    if (curves.datasetId != m_datasetId)
        return; // another curve was chosen while these were fitted; its own fits follow
    m_fit.reset();
    if (!fitted.fits.empty())
        m_fit = fitted.fits.front();
    m_curve->show(m_fit ? &*m_fit : nullptr,
                  curves.members.empty() ? QString() : curves.members.front().label, curves.message,
                  curves.simulated);
    for (std::size_t i = 1; i < fitted.fits.size(); ++i)
        m_curve->addSeriesCurve(fitted.fits[i], curves.members[i].label);
    m_curve->curvePlot()->placeLegendAwayFromData();
}

void RelaxationPanel::fillTable()
{
    fillDatasetSummaryTable(m_table, document()->results(), QStringLiteral("sr_kww.csv"),
                            {{QStringLiteral("file"), tr("File"), -1},
                             {QStringLiteral("T_a_K"), tr("T_a (K)"), 1},
                             {QStringLiteral("t_a_s"), tr("t_a (s)"), 1},
                             {QStringLiteral("beta"), tr("β"), 4},
                             {QStringLiteral("tau_s"), tr("τ (s)"), 2},
                             {QStringLiteral("r2"), tr("r²"), 5},
                             {QStringLiteral("status"), tr("Status"), -1}},
                            m_datasetId);
}

} // namespace gb
