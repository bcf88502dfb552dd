#include "project/FileImport.h"

#include "data/DatasetAxes.h"
#include "io/ImporterRegistry.h"
#include "io/indentation/HysitronArrayFolder.h"
#include "support/Progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FileImport", text);
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

bool looksLikeManifest(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QStringList cells;
        for (const QByteArray &cell : line.split(','))
            cells << QString::fromUtf8(cell).trimmed().remove(u'"');
        return cells.contains(QStringLiteral("file")) && cells.contains(QStringLiteral("technique"));
    }
    return false;
}

QStringList filesInFolder(const QString &folder)
{
    QDir dir(folder);
    QStringList names = dir.entryList(QDir::Files | QDir::Readable);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    QStringList paths;
    for (const QString &name : names)
        paths << QDir::cleanPath(dir.absoluteFilePath(name));
    return paths;
}

PathKind classifyPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return PathKind::Missing;
    if (info.isDir()) {
        const Result<std::vector<IndentArrayGroup>> groups = findIndentArrays(path);
        if (groups.ok() && !groups->empty()) {
            qsizetype inGroups = 0;
            for (const IndentArrayGroup &group : *groups)
                inGroups += group.files.size();
            // An array folder: its indent files are (nearly) all it holds.
            if (inGroups >= 2 && inGroups * 2 >= QDir(path).entryList(QDir::Files).size())
                return PathKind::IndentArray;
        }
        return PathKind::Folder;
    }
    if (info.suffix().compare(QLatin1String("gbproj"), Qt::CaseInsensitive) == 0)
        return PathKind::Project;
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && looksLikeManifest(file.read(64 * 1024)))
            return PathKind::Manifest;
    }
    return PathKind::DataFile;
}

FileImport importPath(const QString &path, bool indentArray, const ImporterRegistry &registry,
                      const QString &forcedId, const ImportOptions &options)
{
    FileImport result;
    result.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    result.indentArray = indentArray;
    result.forcedId = forcedId;
    result.options = options;
    QStringList files{result.path};
    if (indentArray) {
        Result<QStringList> listed = listHysitronArrayFiles(result.path);
        if (!listed.ok()) {
            result.error = listed.error();
            return result;
        }
        files = *listed;
    }
    for (const QString &file : files) {
        Result<ImportedFile> imported = registry.importFile(file, forcedId, options);
        if (!imported.ok()) {
            if (!indentArray) {
                result.error = imported.error();
                return result;
            }
            const Error &e = imported.error();
            result.diagnostics.push_back(Diagnostic{Severity::Warning, e.code, e.message, e.file, e.line, 1});
            continue;
        }
        if (result.formatId.isEmpty())
            result.formatId = imported->formatId;
        ImportOutput &output = imported.value().output;
        result.datasets.insert(result.datasets.end(), output.datasets.begin(), output.datasets.end());
        result.diagnostics.insert(result.diagnostics.end(), output.diagnostics.begin(),
                                  output.diagnostics.end());
    }
    if (result.datasets.empty() && !result.error)
        result.error = makeError(QStringLiteral("no_data"), tr("no indent file of the folder could be read"),
                                 result.path);
    if (Result<PathDigest> digest = sha256OfPath(result.path); digest.ok())
        result.digest = *digest;
    return result;
}

std::vector<FileImport> importPaths(const QStringList &paths, const QList<bool> &indentArrays,
                                    const ImporterRegistry &registry, const QString &forcedId,
                                    const QMap<QString, ImportOptions> &options, Progress &progress)
{
    std::vector<FileImport> imports(std::size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        imports[std::size_t(i)].path = paths[i];
        imports[std::size_t(i)].indentArray = indentArrays.value(i, false);
    }
    progress.setTotal(qint64(paths.size()));
    QThreadPool pool; // not the global pool: the GUI thread's painting uses that one
    QtConcurrent::blockingMap(&pool, imports, [&](FileImport &slot) {
        if (progress.isCancelled()) {
            slot.error = makeError(QStringLiteral("cancelled"), tr("the import was cancelled"), slot.path);
            return;
        }
        slot = importPath(slot.path, slot.indentArray, registry, forcedId, options.value(slot.path));
        progress.advance(QFileInfo(slot.path).fileName());
    });
    return imports;
}

QString guessTechnique(const Dataset &dataset)
{
    const DatasetAxes axes = defaultAxes(dataset);
    auto has = [&](Quantity q) { return dataset.column(q) != nullptr; };
    if (has(Quantity::Load) && has(Quantity::Depth))
        return techniqueId(Technique::Nanoindentation);
    if (has(Quantity::HeatFlow) || has(Quantity::SpecificHeatFlow))
        return techniqueId(Technique::Dsc);
    if (has(Quantity::Stress) || has(Quantity::Modulus))
        return techniqueId(Technique::StressRelaxation);
    (void)axes;
    return {};
}

RowsToAdd rowsFromImports(const std::vector<FileImport> &imports, const Project &project)
{
    RowsToAdd add;
    QSet<QString> ids;
    QSet<QString> known;
    for (const ProjectRow &row : project.rows) {
        ids.insert(row.id);
        known.insert(project.resolvedPath(row.row.cells.value(QStringLiteral("file")).trimmed()));
    }
    const QDir base(project.baseDir);
    for (const FileImport &import : imports) {
        if (import.error) {
            const Error &e = *import.error;
            add.issues.push_back(Issue{Diagnostic{Severity::Error, e.code, e.message,
                                                  e.file.isEmpty() ? import.path : e.file, e.line, 1},
                                       {}});
            continue;
        }
        if (known.contains(import.path)) {
            add.issues.push_back(Issue{Diagnostic{Severity::Info, QStringLiteral("already_imported"),
                                                  tr("already in the campaign"), import.path, 0, 1},
                                       {}});
            continue;
        }
        known.insert(import.path);
        const QString cell = project.baseDir.isEmpty()
                                 ? import.path
                                 : QDir::fromNativeSeparators(base.relativeFilePath(import.path));
        add.records.push_back(RawFileRecord{cell, import.path, import.digest.sha256, import.digest.size,
                                            import.formatId, !import.forcedId.isEmpty(), import.options});
        const std::size_t curves = import.indentArray ? 1 : import.datasets.size();
        for (std::size_t c = 0; c < curves; ++c) {
            const Dataset &dataset = *import.datasets[c];
            QMap<QString, QString> cells;
            cells.insert(QStringLiteral("file"), cell);
            cells.insert(QStringLiteral("segment"), curves > 1 ? QString::number(c + 1) : QString());
            cells.insert(QStringLiteral("technique"), import.indentArray
                                                          ? techniqueId(Technique::Nanoindentation)
                                                          : guessTechnique(dataset));
            cells.insert(QStringLiteral("sample"), dataset.metadata.sampleName.trimmed());
            if (dataset.metadata.massMg)
                cells.insert(QStringLiteral("mass_ng"), numberText(*dataset.metadata.massMg * 1e6));
            QString id = cell + u'#' + QString::number(c + 1);
            for (int n = 2; ids.contains(id); ++n)
                id = cell + u'#' + QString::number(c + 1) + QStringLiteral("~%1").arg(n);
            ids.insert(id);
            add.rows.push_back(ProjectRow{id, ManifestRow{0, cells}});
            RowData data;
            data.formatId = import.formatId;
            if (import.indentArray)
                data.datasets = import.datasets;
            else
                data.datasets = {import.datasets[c]};
            add.data.push_back(std::move(data));
            for (const Diagnostic &d : import.diagnostics)
                if (c == 0)
                    add.issues.push_back(Issue{d, id});
        }
    }
    return add;
}

} // namespace gb
