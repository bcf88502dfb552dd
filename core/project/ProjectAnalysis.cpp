#include "project/ProjectAnalysis.h"

#include "support/Progress.h"

#include <QCoreApplication>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectAnalysis", text);
}

template <typename Settings>
Status readPart(const QJsonObject &stored, const char *key, Settings &into)
{
    const QJsonValue part = stored.value(QLatin1String(key));
    if (part.isUndefined())
        return Done{};
    Result<Settings> read = Settings::fromJson(part.toObject());
    if (!read.ok())
        return makeError(read.error().code, tr("the %1 settings of the project do not read: %2")
                                                .arg(QLatin1String(key), read.error().message));
    into = std::move(read).value();
    return Done{};
}

/// What the analyses use: the project's settings, or the defaults when they do not read.
AnalysisSettings settingsOrDefaults(const Result<AnalysisSettings> &settings)
{
    return settings.ok() ? *settings : AnalysisSettings{};
}
} // namespace

Result<AnalysisSettings> analysisSettingsOf(const Project &project)
{
    AnalysisSettings settings;
    for (const Status &read : {readPart(project.analysis, "dsc", settings.dsc),
                               readPart(project.analysis, "relaxation", settings.relaxation),
                               readPart(project.analysis, "indentation", settings.indentation)})
        if (!read.ok()) {
            Error error = read.error();
            error.file = project.path;
            return error;
        }

    const DatasetSettings &own = project.settings;
    for (const QString &id : own.datasetIds()) {
        if (own.get(id, settings::kSignFlip, false))
            settings.dsc.overrides[id].flipSign = true;
        if (const auto limits = own.get(id, settings::kIntegrationLimitsK)) {
            settings.dsc.overrides[id].lowerLimitK = limits->low;
            settings.dsc.overrides[id].upperLimitK = limits->high;
        }
        if (const auto window = own.get(id, settings::kGlassWindowK))
            settings.dsc.overrides[id].glassWindow = TemperatureWindow{window->low, window->high};
        if (const auto window = own.get(id, settings::kLiquidWindowK))
            settings.dsc.overrides[id].liquidWindow = TemperatureWindow{window->low, window->high};
        if (const auto window = own.get(id, settings::kFitWindowS))
            settings.relaxation.overrides[id].window = TimeWindow{window->low, window->high};
        for (int indent : own.get(id, settings::kRejectedCurves, QList<int>{}))
            settings.indentation.overrides[IndentationSettings::overrideKey(id, indent - 1)].rejected = true;
    }
    return settings;
}

LoadedCampaign withoutRejectedRows(const LoadedCampaign &campaign, const DatasetSettings &settings)
{
    LoadedCampaign kept;
    kept.campaign = campaign.campaign;
    kept.diagnostics = campaign.diagnostics;
    for (const LoadedEntry &entry : campaign.entries)
        if (!settings.get(entry.datasetId, settings::kRejected, false))
            kept.entries.push_back(entry);
    return kept;
}

AnalysisTables analyzeProject(const LoadedCampaign &campaign, const Project &project, Progress &progress,
                              const QSet<Technique> &techniques, int jobs)
{
    Result<AnalysisSettings> settings = analysisSettingsOf(project);
    AnalysisSettings used = settingsOrDefaults(settings);
    if (jobs > 0)
        used.dsc.jobs = used.relaxation.jobs = used.indentation.jobs = jobs;
    AnalysisTables tables =
        analyzeCampaign(withoutRejectedRows(campaign, project.settings), used, techniques, progress);
    if (!settings.ok()) {
        const Error &e = settings.error();
        tables.diagnostics.insert(tables.diagnostics.begin(),
                                  Diagnostic{Severity::Error, e.code, e.message, e.file, e.line, 1});
    }
    return tables;
}

AnalysisOnRead analysisOnReadOf(const Project &project, const QSet<Technique> &techniques)
{
    return AnalysisOnRead(settingsOrDefaults(analysisSettingsOf(project)), techniques);
}

} // namespace gb
