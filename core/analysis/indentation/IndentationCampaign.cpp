#include "analysis/indentation/IndentationCampaign.h"

#include "analysis/campaign/LoadedCampaign.h"
#include "support/Progress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IndentationCampaign", text);
}

struct IndentTask {
    IndentRecord *record = nullptr;
    const Dataset *dataset = nullptr;
    double radius = 0.0;
    IndentOverride override;
};

void buildGroups(IndentationCampaignResult &result)
{
    for (std::size_t i = 0; i < result.records.size(); ++i) {
        const CampaignEntry &e = result.records[i].entry;
        auto it = std::find_if(result.groups.begin(), result.groups.end(), [&](const IndentGroup &g) {
            return g.sample == e.sample && g.agingTemperatureK == e.agingTemperatureK &&
                   g.agingTimeS == e.agingTimeS;
        });
        if (it == result.groups.end()) {
            IndentGroup g;
            g.sample = e.sample;
            g.agingTemperatureK = e.agingTemperatureK;
            g.agingTimeS = e.agingTimeS;
            result.groups.push_back(g);
            it = result.groups.end() - 1;
        }
        it->records.push_back(i);
    }
    for (IndentGroup &g : result.groups) {
        std::vector<double> tau;
        double erSum = 0.0;
        int erCount = 0;
        for (std::size_t i : g.records) {
            const IndentResult &r = result.records[i].result;
            if (r.status == QLatin1String("rejected")) {
                ++g.rejected;
                continue;
            }
            ++g.indents;
            if ((r.status == QLatin1String("ok") || r.status == QLatin1String("no_popin")) && r.hertz.ok()) {
                erSum += r.hertz.reducedModulus;
                ++erCount;
            }
            if (r.status == QLatin1String("ok"))
                tau.push_back(r.tauCGpa);
        }
        if (erCount > 0)
            g.reducedModulusMeanGpa = erSum / erCount;
        g.statistics = popInStatistics(tau);
        g.status = g.statistics.popIns >= 2 ? QStringLiteral("ok") : QStringLiteral("too_few");
    }
}
} // namespace

QString indentName(const Dataset &indent)
{
    return indent.curveName.isEmpty() ? QFileInfo(indent.sourceFile).fileName() : indent.curveName;
}

double tipRadiusNmOf(const CampaignEntry &entry, const IndentationSettings &settings)
{
    return entry.tipRadiusNm.value_or(settings.defaultTipRadiusNm);
}

IndentationCampaignResult runIndentationCampaign(const LoadedCampaign &campaign,
                                                 const IndentationSettings &settings, Progress &progress)
{
    IndentationCampaignResult result;
    const QString manifestPath = campaign.campaign.manifest.path;
    std::size_t indents = 0; // records are large: placed once, not moved as the list grows
    for (const LoadedEntry &e : campaign.entries)
        if (e.entry.technique == Technique::Nanoindentation)
            indents += std::max<std::size_t>(e.datasets.size(), 1);
    result.records.reserve(indents);
    for (std::size_t i = 0; i < campaign.entries.size(); ++i) {
        const LoadedEntry &e = campaign.entries[i];
        if (e.entry.technique != Technique::Nanoindentation)
            continue;
        IndentRecord base;
        base.entryIndex = i;
        base.entry = e.entry;
        base.datasetId = e.datasetId;
        base.file = e.entry.file;
        if (!e.ok()) {
            base.result.status = QStringLiteral("read_error");
            base.result.message = e.loadError ? e.loadError->message : tr("no curve was loaded");
            result.records.push_back(base);
            continue;
        }
        const bool array = e.datasets.size() > 1;
        for (std::size_t k = 0; k < e.datasets.size(); ++k) {
            IndentRecord record = base;
            record.indentIndex = int(k);
            if (array)
                record.file = e.entry.file + QLatin1Char('#') + indentName(*e.datasets[k]);
            if (const IndentResult *analysed = e.analysisOnRead<IndentResult>(k))
                record.result = *analysed;
            result.records.push_back(std::move(record));
        }
    }

    std::vector<IndentTask> tasks;
    for (IndentRecord &record : result.records) {
        if (!record.result.status.isEmpty())
            continue;
        const LoadedEntry &e = campaign.entries[record.entryIndex];
        tasks.push_back(IndentTask{&record, e.datasets[std::size_t(record.indentIndex)].get(),
                                   tipRadiusNmOf(record.entry, settings),
                                   settings.overrideFor(record.datasetId, record.indentIndex)});
    }
    progress.setTotal(qint64(tasks.size()));
    QThreadPool pool;
    if (settings.jobs > 0)
        pool.setMaxThreadCount(settings.jobs);
    QtConcurrent::blockingMap(&pool, tasks, [&progress, &settings](IndentTask &task) {
        if (progress.isCancelled()) {
            task.record->result.status = QStringLiteral("cancelled");
            task.record->result.message = tr("the analysis was cancelled");
            return;
        }
        task.record->result = analyzeIndent(*task.dataset, task.radius, settings, task.override);
        progress.advance(task.record->file);
    });
    result.cancelled = progress.isCancelled();

    for (const IndentRecord &record : result.records) {
        const QString &status = record.result.status;
        if (status == QLatin1String("ok"))
            continue;
        const bool info = status == QLatin1String("no_popin") || status == QLatin1String("rejected");
        result.diagnostics.push_back(Diagnostic{info ? Severity::Info : Severity::Warning, status,
                                                record.file + QStringLiteral(": ") + record.result.message,
                                                manifestPath, record.entry.manifestLine, 1});
    }
    buildGroups(result);
    return result;
}

AnalysisTables analyzeIndentationCampaign(const LoadedCampaign &campaign, const IndentationSettings &settings,
                                          Progress &progress)
{
    return indentationResultTables(runIndentationCampaign(campaign, settings, progress));
}

} // namespace gb
