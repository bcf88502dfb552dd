#include "analysis/dsc/DscCampaignAnalysis.h"

#include "analysis/dsc/ReferencePairing.h"
#include "support/Progress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscCampaignAnalysis", text);
}

bool isRelaxed(ThermalPath path)
{
    return path == ThermalPath::Isothermal || path == ThermalPath::Isochronal;
}

/// Runs `work` on every element of `items` on a local pool of `jobs` threads (0 = one per core).
template <typename Items, typename Work>
void runInParallel(Items &items, int jobs, Work work)
{
    QThreadPool pool;
    if (jobs > 0)
        pool.setMaxThreadCount(jobs);
    QtConcurrent::blockingMap(&pool, items, work);
}

/// A relaxed scan waiting for its analysis.
struct ScanTask {
    DscScanRecord *record = nullptr;
    const Dataset *relaxed = nullptr;
    const Dataset *reference = nullptr;
    DscScanSettings settings;
    DscScanSettings referenceSettings;
};
} // namespace

DscCampaignResult runDscCampaign(const LoadedCampaign &campaign, const DscSettings &settings,
                                 Progress &progress)
{
    DscCampaignResult result;
    const QString manifestPath = campaign.campaign.manifest.path;
    const QString manifestFolder =
        manifestPath.isEmpty() ? QString() : QFileInfo(manifestPath).absolutePath();

    // The DSC rows, with the heating rate each was measured at (manifest, else measured).
    std::vector<std::size_t> dsc;
    for (std::size_t i = 0; i < campaign.entries.size(); ++i)
        if (campaign.entries[i].entry.technique == Technique::Dsc)
            dsc.push_back(i);
    struct RateJob {
        const LoadedEntry *entry;
        DscScanSettings settings;
        std::optional<double> rate;
    };
    std::vector<RateJob> rates;
    for (std::size_t i : dsc) {
        const LoadedEntry &e = campaign.entries[i];
        rates.push_back(RateJob{&e, settings.forDataset(e.datasetId), e.entry.heatingRateKPerS});
    }
    runInParallel(rates, settings.jobs, [](RateJob &job) {
        if (!job.rate && job.entry->ok()) {
            const double measured = measuredHeatingRate(*job.entry->datasets.front(), job.settings);
            if (measured > 0)
                job.rate = measured;
        }
    });

    std::vector<PairingRow> rows;
    for (std::size_t k = 0; k < dsc.size(); ++k) {
        const LoadedEntry &e = campaign.entries[dsc[k]];
        PairingRow row;
        row.file = e.entry.file;
        row.resolvedPath = e.entry.resolvedPath;
        row.segment = e.entry.segment;
        if (e.ok()) {
            row.datasetSegment = e.datasets.front()->segment;
            row.curveName = e.datasets.front()->curveName;
        }
        row.sample = e.entry.sample;
        row.path = e.entry.path;
        row.heatingRateKPerS = rates[k].rate;
        row.reference = e.entry.reference;
        rows.push_back(row);
        if (e.entry.path == ThermalPath::Unspecified)
            result.diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("no_path"),
                                                    tr("DSC row without a path (isothermal, isochronal or "
                                                       "reference); not analysed"),
                                                    manifestPath, e.entry.manifestLine, 1});
    }
    const std::vector<ReferenceChoice> choices = pairReferences(rows, settings.rateTolerance, manifestFolder);

    // One record per relaxed scan; the pairs that can be analysed become tasks.
    for (std::size_t k = 0; k < dsc.size(); ++k) {
        const LoadedEntry &e = campaign.entries[dsc[k]];
        if (!isRelaxed(e.entry.path))
            continue;
        DscScanRecord record;
        record.entryIndex = dsc[k];
        record.entry = e.entry;
        record.datasetId = e.datasetId;
        record.heatingRateKPerS = rates[k].rate.value_or(std::numeric_limits<double>::quiet_NaN());
        const ReferenceChoice &choice = choices[k];
        if (choice.index) {
            const LoadedEntry &ref = campaign.entries[dsc[*choice.index]];
            record.referenceEntryIndex = dsc[*choice.index];
            record.referenceDatasetId = ref.datasetId;
        }
        if (!e.ok()) {
            record.status = e.loadError ? e.loadError->code : QStringLiteral("read_error");
            record.message = e.loadError ? e.loadError->message : tr("no curve was loaded");
        } else if (!choice.index) {
            record.status = QStringLiteral("no_reference");
            record.message = choice.message;
        } else if (!campaign.entries[*record.referenceEntryIndex].ok()) {
            const LoadedEntry &ref = campaign.entries[*record.referenceEntryIndex];
            record.status = QStringLiteral("read_error");
            record.message = tr("the reference %1 could not be read: %2")
                                 .arg(ref.datasetId, ref.loadError ? ref.loadError->message : tr("no curve"));
        }
        result.scans.push_back(std::move(record));
    }
    std::vector<ScanTask> tasks;
    for (DscScanRecord &record : result.scans)
        if (record.status.isEmpty()) {
            const LoadedEntry &e = campaign.entries[record.entryIndex];
            const LoadedEntry &ref = campaign.entries[*record.referenceEntryIndex];
            tasks.push_back(ScanTask{&record, e.datasets.front().get(), ref.datasets.front().get(),
                                     settings.forDataset(record.datasetId),
                                     settings.forDataset(record.referenceDatasetId)});
        }

    progress.setTotal(qint64(tasks.size()));
    runInParallel(tasks, settings.jobs, [&progress](ScanTask &task) {
        DscScanRecord &record = *task.record;
        if (progress.isCancelled()) {
            record.status = QStringLiteral("cancelled");
            record.message = tr("the analysis was cancelled");
            return;
        }
        DscScanRequest request;
        request.heatingRateKPerS = record.entry.heatingRateKPerS;
        request.massNg = record.entry.massNg;
        DscScanResult analysis =
            analyzeDscScan(*task.relaxed, *task.reference, request, task.settings, task.referenceSettings);
        record.status = analysis.status;
        record.message = analysis.message;
        if (std::isfinite(analysis.heatingRateKPerS))
            record.heatingRateKPerS = analysis.heatingRateKPerS;
        record.analysis = std::move(analysis);
        progress.advance(record.datasetId);
    });
    result.cancelled = progress.isCancelled();

    // Rows whose own file failed to load were reported by the loader already.
    for (const DscScanRecord &record : result.scans)
        if (!record.ok() && campaign.entries[record.entryIndex].ok())
            result.diagnostics.push_back(
                Diagnostic{record.status == QLatin1String("no_peak") ? Severity::Info : Severity::Warning,
                           record.status, record.datasetId + QStringLiteral(": ") + record.message,
                           manifestPath, record.entry.manifestLine, 1});
    result.kissinger = buildKissingerGroups(result.scans, settings.rateTolerance, result.diagnostics);
    result.matched = buildMatchedRecords(result.scans, settings.rateTolerance);
    result.series = buildDscSeries(result.scans, result.kissinger, settings.rateTolerance);
    return result;
}

AnalysisTables analyzeDscCampaign(const LoadedCampaign &campaign, const DscSettings &settings,
                                  Progress &progress)
{
    return dscResultTables(runDscCampaign(campaign, settings, progress), campaign.campaign.manifest.path);
}

} // namespace gb
