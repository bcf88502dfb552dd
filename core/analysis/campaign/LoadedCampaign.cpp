#include "analysis/campaign/LoadedCampaign.h"

#include "io/ImporterRegistry.h"
#include "support/Progress.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <map>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LoadedCampaign", text);
}

/// What one data file (or indent folder) gave: its curves, or why it gave none.
struct FileLoad {
    QString path;
    QString manifestFile; ///< as written in the manifest, for forced formats and options
    std::vector<DatasetPtr> datasets;
    std::vector<Diagnostic> diagnostics;
    std::optional<Error> error;
};

QStringList indentFilesIn(const QString &folder)
{
    QDir dir(folder);
    QStringList files = dir.entryList(QDir::Files | QDir::Readable);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(), collator);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

void loadOne(FileLoad &load, const ImporterRegistry &registry, const LoadOptions &options, Progress &progress)
{
    if (progress.isCancelled()) {
        load.error = makeError(QStringLiteral("cancelled"), tr("loading was cancelled"), load.path);
        return;
    }
    const QString forced = options.forcedFormats.value(load.manifestFile);
    const ImportOptions importOptions = options.importOptions.value(load.manifestFile);
    const QStringList files =
        QFileInfo(load.path).isDir() ? indentFilesIn(load.path) : QStringList{load.path};
    for (const QString &file : files) {
        Result<ImportedFile> imported = registry.importFile(file, forced, importOptions);
        if (!imported.ok()) {
            if (files.size() == 1) {
                load.error = imported.error();
                break;
            }
            load.diagnostics.push_back(Diagnostic{Severity::Warning, imported.error().code,
                                                  imported.error().message, imported.error().file,
                                                  imported.error().line, 1});
            continue;
        }
        ImportOutput &output = imported.value().output;
        load.datasets.insert(load.datasets.end(), output.datasets.begin(), output.datasets.end());
        load.diagnostics.insert(load.diagnostics.end(), output.diagnostics.begin(), output.diagnostics.end());
    }
    if (!load.error && load.datasets.empty())
        load.error = makeError(QStringLiteral("read_error"), tr("no curves found"), load.path);
    progress.advance(QFileInfo(load.path).fileName());
}

/// The curve a row's segment cell names: a 1-based index, or the exact curve name.
std::optional<DatasetPtr> pickSegment(const std::vector<DatasetPtr> &datasets, const QString &segment)
{
    if (segment.isEmpty())
        return datasets.front();
    bool isIndex = false;
    const int index = segment.toInt(&isIndex);
    if (isIndex) {
        if (index >= 1 && index <= int(datasets.size()))
            return datasets[std::size_t(index - 1)];
        return std::nullopt;
    }
    for (const DatasetPtr &dataset : datasets)
        if (dataset->curveName.trimmed() == segment)
            return dataset;
    return std::nullopt;
}
} // namespace

QString datasetIdFor(const CampaignEntry &entry)
{
    return entry.file + u'#' + (entry.segment.isEmpty() ? QStringLiteral("1") : entry.segment);
}

std::vector<const LoadedEntry *> LoadedCampaign::entriesOf(Technique technique) const
{
    std::vector<const LoadedEntry *> list;
    for (const LoadedEntry &e : entries)
        if (e.entry.technique == technique)
            list.push_back(&e);
    return list;
}

LoadedCampaign loadCampaign(Campaign campaign, const ImporterRegistry &registry, Progress &progress,
                            const LoadOptions &options)
{
    LoadedCampaign loaded;
    loaded.diagnostics = campaign.diagnostics;

    std::map<QString, std::size_t> fileIndex;
    std::vector<FileLoad> files;
    for (const CampaignEntry &entry : campaign.entries)
        if (fileIndex.emplace(entry.resolvedPath, files.size()).second)
            files.push_back(FileLoad{entry.resolvedPath, entry.file, {}, {}, {}});

    progress.setTotal(qint64(files.size()));
    QThreadPool pool;
    if (options.jobs > 0)
        pool.setMaxThreadCount(options.jobs);
    QtConcurrent::blockingMap(&pool, files,
                              [&](FileLoad &load) { loadOne(load, registry, options, progress); });

    for (const FileLoad &file : files)
        loaded.diagnostics.insert(loaded.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());

    for (const CampaignEntry &entry : campaign.entries) {
        LoadedEntry row;
        row.entry = entry;
        row.datasetId = datasetIdFor(entry);
        const FileLoad &file = files[fileIndex.at(entry.resolvedPath)];
        if (file.error) {
            row.loadError = makeError(file.error->code, file.error->toString(), campaign.manifest.path,
                                      entry.manifestLine);
        } else if (entry.technique == Technique::Nanoindentation && QFileInfo(file.path).isDir()) {
            row.datasets = file.datasets;
        } else if (const auto picked = pickSegment(file.datasets, entry.segment)) {
            row.datasets = {*picked};
        } else {
            row.loadError = makeError(QStringLiteral("read_error"),
                                      tr("\"%1\" has no curve \"%2\" (it has %3)")
                                          .arg(entry.file, entry.segment)
                                          .arg(file.datasets.size()),
                                      campaign.manifest.path, entry.manifestLine);
        }
        if (row.loadError)
            loaded.diagnostics.push_back(Diagnostic{Severity::Error, row.loadError->code,
                                                    row.loadError->message, row.loadError->file,
                                                    row.loadError->line, 1});
        loaded.entries.push_back(std::move(row));
    }
    loaded.campaign = std::move(campaign);
    return loaded;
}

} // namespace gb
