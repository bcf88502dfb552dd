#include "analysis/relaxation/RelaxationCampaign.h"

#include "support/Progress.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationCampaign", text);
}

/// A curve waiting for its fit.
struct CurveTask {
    RelaxationRecord *record = nullptr;
    const Dataset *dataset = nullptr;
    RelaxationCurveSettings settings;
};

/// τ and β of a record when they may enter a series (ok or β on its bound).
bool usable(const RelaxationRecord &record)
{
    return record.result.hasValues() &&
           (record.result.ok() || record.result.status == QLatin1String("beta_at_bound"));
}

std::size_t distinctCount(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return std::size_t(std::unique(values.begin(), values.end()) - values.begin());
}

void buildAgingGroups(RelaxationCampaignResult &result, const RelaxationSettings &settings)
{
    for (std::size_t i = 0; i < result.records.size(); ++i) {
        const CampaignEntry &e = result.records[i].entry;
        if (!e.agingTemperatureK)
            continue;
        auto it = std::find_if(result.aging.begin(), result.aging.end(), [&](const RelaxationAgingGroup &g) {
            return g.sample == e.sample && g.agingTemperatureK == *e.agingTemperatureK;
        });
        if (it == result.aging.end()) {
            result.aging.push_back(RelaxationAgingGroup{e.sample, *e.agingTemperatureK, {}, {}});
            it = result.aging.end() - 1;
        }
        it->records.push_back(i);
    }
    std::vector<RelaxationAgingGroup> kept;
    for (RelaxationAgingGroup &group : result.aging) {
        std::vector<double> times;
        std::vector<AgingPoint> points;
        for (std::size_t i : group.records) {
            const RelaxationRecord &r = result.records[i];
            if (!r.entry.agingTimeS)
                continue;
            times.push_back(*r.entry.agingTimeS);
            if (usable(r))
                points.push_back(AgingPoint{*r.entry.agingTimeS, r.result.kww.tau, r.result.kww.beta});
        }
        if (int(distinctCount(times)) < settings.minimumAgingTimes)
            continue;
        group.law = fitAgingLaw(points, settings.minimumAgingTimes, settings.breakBicMargin);
        kept.push_back(std::move(group));
    }
    result.aging = std::move(kept);
}

void buildArrheniusGroups(RelaxationCampaignResult &result, const RelaxationSettings &settings)
{
    for (std::size_t i = 0; i < result.records.size(); ++i) {
        const CampaignEntry &e = result.records[i].entry;
        auto it = std::find_if(result.arrhenius.begin(), result.arrhenius.end(),
                               [&](const RelaxationArrheniusGroup &g) {
                                   return g.sample == e.sample && g.agingTimeS == e.agingTimeS;
                               });
        if (it == result.arrhenius.end()) {
            result.arrhenius.push_back(RelaxationArrheniusGroup{e.sample, e.agingTimeS, {}, {}, {}});
            it = result.arrhenius.end() - 1;
        }
        it->records.push_back(i);
        if (!it->glassTransitionK && e.glassTransitionK)
            it->glassTransitionK = e.glassTransitionK;
    }
    std::vector<RelaxationArrheniusGroup> kept;
    for (RelaxationArrheniusGroup &group : result.arrhenius) {
        std::vector<double> all;
        std::vector<double> temperatures;
        std::vector<double> taus;
        for (std::size_t i : group.records) {
            const RelaxationRecord &r = result.records[i];
            if (!r.testTemperatureK)
                continue;
            all.push_back(*r.testTemperatureK);
            if (usable(r)) {
                temperatures.push_back(*r.testTemperatureK);
                taus.push_back(r.result.kww.tau);
            }
        }
        if (int(distinctCount(all)) < std::max(2, settings.minimumTemperatures))
            continue;
        group.fit =
            fitRelaxationArrhenius(temperatures, taus, group.glassTransitionK, settings.minimumTemperatures);
        kept.push_back(std::move(group));
    }
    result.arrhenius = std::move(kept);
}
} // namespace

RelaxationCampaignResult runRelaxationCampaign(const LoadedCampaign &campaign,
                                               const RelaxationSettings &settings, Progress &progress)
{
    RelaxationCampaignResult result;
    const QString manifestPath = campaign.campaign.manifest.path;
    for (std::size_t i = 0; i < campaign.entries.size(); ++i) {
        const LoadedEntry &e = campaign.entries[i];
        if (e.entry.technique != Technique::StressRelaxation)
            continue;
        RelaxationRecord record;
        record.entryIndex = i;
        record.entry = e.entry;
        record.datasetId = e.datasetId;
        record.testTemperatureK =
            e.entry.testTemperatureK ? e.entry.testTemperatureK : e.entry.agingTemperatureK;
        if (!e.ok()) {
            record.result.status = QStringLiteral("read_error");
            record.result.message = e.loadError ? e.loadError->message : tr("no curve was loaded");
        } else if (const RelaxationCurveResult *analysed = e.analysisOnRead<RelaxationCurveResult>(0)) {
            record.result = *analysed;
        }
        result.records.push_back(std::move(record));
    }

    std::vector<CurveTask> tasks;
    for (RelaxationRecord &record : result.records)
        if (record.result.status.isEmpty())
            tasks.push_back(CurveTask{&record, campaign.entries[record.entryIndex].datasets.front().get(),
                                      settings.forDataset(record.datasetId)});

    progress.setTotal(qint64(tasks.size()));
    QThreadPool pool;
    if (settings.jobs > 0)
        pool.setMaxThreadCount(settings.jobs);
    QtConcurrent::blockingMap(&pool, tasks, [&progress](CurveTask &task) {
        if (progress.isCancelled()) {
            task.record->result.status = QStringLiteral("cancelled");
            task.record->result.message = tr("the analysis was cancelled");
            return;
        }
        task.record->result = analyzeRelaxationCurve(*task.dataset, task.settings);
        progress.advance(task.record->datasetId);
    });
    result.cancelled = progress.isCancelled();

    for (const RelaxationRecord &record : result.records)
        if (!record.result.ok())
            result.diagnostics.push_back(Diagnostic{
                record.result.status == QLatin1String("beta_at_bound") ? Severity::Info : Severity::Warning,
                record.result.status, record.datasetId + QStringLiteral(": ") + record.result.message,
                manifestPath, record.entry.manifestLine, 1});
    buildAgingGroups(result, settings);
    buildArrheniusGroups(result, settings);
    return result;
}

AnalysisTables analyzeRelaxationCampaign(const LoadedCampaign &campaign, const RelaxationSettings &settings,
                                         Progress &progress)
{
    return relaxationResultTables(runRelaxationCampaign(campaign, settings, progress));
}

} // namespace gb
