#include "analysis/campaign/LoadedCampaign.h"

#include "analysis/campaign/AnalysisOnRead.h"
#include "io/ImporterRegistry.h"
#include "support/Progress.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <map>
#include <span>

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
    /// The row whose analysis on reading applies to this file's curves: the only row that names
    /// the file (one read serves all rows that share it), when LoadOptions::analysisOnRead
    /// handles it; decided once, before the reading.
    const CampaignEntry *analysedAs = nullptr;
    std::vector<DatasetPtr> datasets;
    std::vector<std::shared_ptr<const CurveAnalysis>> analyses; ///< per curve, when analysed on reading
    std::vector<Diagnostic> diagnostics;
    std::optional<Error> error;
};

/// The files of an indent folder in natural order. Listed unsorted and without asking whether
/// each is readable (that took half the listing time): the sort is ours, and a file that cannot
/// be read is reported by its reading, not silently left out.
QStringList indentFilesIn(const QString &folder)
{
    QDir dir(folder);
    QStringList files = dir.entryList(QDir::Files, QDir::NoSort);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(files.begin(), files.end(), collator);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

/// One file to read: a data file, or one indent file of a folder. The parts of all loads are
/// read in one parallel pass, so that a folder of a few hundred indents is shared by every
/// thread instead of falling to one.
struct FilePart {
    std::size_t load = 0; ///< index of its FileLoad
    QString file;
    std::optional<Result<ImportedFile>> imported; ///< empty when cancelled before reading
    std::vector<std::shared_ptr<const CurveAnalysis>> analyses;
};

std::vector<FilePart> partsOf(const std::vector<FileLoad> &loads)
{
    std::vector<FilePart> parts;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const QString &path = loads[i].path;
        for (QString &file : QFileInfo(path).isDir() ? indentFilesIn(path) : QStringList{path})
            parts.push_back(FilePart{i, std::move(file), std::nullopt, {}});
    }
    return parts;
}

/// Analyses the curves just read, while they are in cache, and keeps only their names.
void analyzeOnRead(FilePart &part, const CampaignEntry &entry, const AnalysisOnRead &analysis)
{
    for (DatasetPtr &curve : part.imported->value().output.datasets) {
        part.analyses.push_back(std::make_shared<const CurveAnalysis>(analysis.analyze(entry, *curve)));
        curve = std::make_shared<const Dataset>(curve->withoutColumns());
    }
}

void readPart(FilePart &part, const FileLoad &load, const ImporterRegistry &registry,
              const LoadOptions &options, Progress &progress)
{
    if (progress.isCancelled())
        return;
    part.imported = registry.importFile(part.file, options.forcedFormats.value(load.manifestFile),
                                        options.importOptions.value(load.manifestFile));
    if (part.imported->ok() && load.analysedAs)
        analyzeOnRead(part, *load.analysedAs, *options.analysisOnRead);
    progress.advance(QFileInfo(part.file).fileName());
}

/// Gathers the curves of a load's parts, in file order. A folder keeps the indents that read
/// and counts the others as warnings; a single file that does not read is the load's error.
void gather(FileLoad &load, std::span<FilePart> parts)
{
    for (FilePart &part : parts) {
        if (!part.imported) {
            load.error = makeError(QStringLiteral("cancelled"), tr("loading was cancelled"), load.path);
            return;
        }
        Result<ImportedFile> &imported = *part.imported;
        if (!imported.ok()) {
            const Error &e = imported.error();
            if (parts.size() == 1) {
                load.error = e;
                return;
            }
            load.diagnostics.push_back(Diagnostic{Severity::Warning, e.code, e.message, e.file, e.line, 1});
            continue;
        }
        ImportOutput &output = imported.value().output;
        load.datasets.insert(load.datasets.end(), output.datasets.begin(), output.datasets.end());
        load.analyses.insert(load.analyses.end(), part.analyses.begin(), part.analyses.end());
        load.diagnostics.insert(load.diagnostics.end(), output.diagnostics.begin(), output.diagnostics.end());
    }
    if (load.datasets.empty())
        load.error = makeError(QStringLiteral("read_error"), tr("no curves found"), load.path);
}

/// The curve a row's segment cell names: a 1-based index, or the exact curve name.
std::optional<std::size_t> pickSegment(const std::vector<DatasetPtr> &datasets, const QString &segment)
{
    if (segment.isEmpty())
        return 0;
    bool isIndex = false;
    const int index = segment.toInt(&isIndex);
    if (isIndex) {
        if (index >= 1 && index <= int(datasets.size()))
            return std::size_t(index - 1);
        return std::nullopt;
    }
    for (std::size_t i = 0; i < datasets.size(); ++i)
        if (datasets[i]->curveName.trimmed() == segment)
            return i;
    return std::nullopt;
}

/// The curve at `index` of a file (and its analysis on reading, if it has one) as a row's own.
void takeCurve(LoadedEntry &row, const FileLoad &file, std::size_t index)
{
    row.datasets = {file.datasets[index]};
    if (index < file.analyses.size())
        row.analysesOnRead = {file.analyses[index]};
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
    for (const CampaignEntry &entry : campaign.entries) {
        const auto [at, added] = fileIndex.emplace(entry.resolvedPath, files.size());
        if (added)
            files.push_back(FileLoad{entry.resolvedPath, entry.file, &entry, {}, {}, {}, {}});
        else
            files[at->second].analysedAs = nullptr;
    }
    for (FileLoad &file : files)
        if (file.analysedAs && !(options.analysisOnRead && options.analysisOnRead->handles(*file.analysedAs)))
            file.analysedAs = nullptr;

    std::vector<FilePart> parts = partsOf(files);
    progress.setTotal(qint64(parts.size()));
    QThreadPool pool;
    if (options.jobs > 0)
        pool.setMaxThreadCount(options.jobs);
    QtConcurrent::blockingMap(
        &pool, parts, [&](FilePart &part) { readPart(part, files[part.load], registry, options, progress); });
    for (std::size_t i = 0, first = 0; i < files.size(); ++i) {
        std::size_t last = first;
        while (last < parts.size() && parts[last].load == i)
            ++last;
        gather(files[i], std::span(parts).subspan(first, last - first));
        first = last;
    }

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
            row.analysesOnRead = file.analyses;
        } else if (const auto picked = pickSegment(file.datasets, entry.segment)) {
            takeCurve(row, file, *picked);
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
