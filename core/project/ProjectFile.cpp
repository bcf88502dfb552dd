#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

const QString kFormatName = QStringLiteral("glassbench-project");

QString relativeTo(const QDir &dir, const QString &absolute)
{
    if (absolute.isEmpty())
        return {};
    return QDir::fromNativeSeparators(dir.relativeFilePath(absolute));
}

QString absoluteFrom(const QDir &dir, const QString &relative)
{
    if (relative.isEmpty())
        return {};
    return QDir::cleanPath(dir.absoluteFilePath(relative));
}

/// A non-negative whole number (line, byte count) from JSON; anything else (negative, NaN,
/// beyond 2^53 — converting those to an integer would be undefined) gives 0.
qint64 toCount(const QJsonValue &value)
{
    const double d = value.toDouble(0);
    return d >= 0 && d <= 9007199254740992.0 ? qint64(d) : 0;
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QMap<QString, QString> toStringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject json = value.toObject();
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it->toString());
    return map;
}

/// 1-based line of a byte offset, for JSON syntax errors.
qint64 lineOfOffset(const QByteArray &bytes, qint64 offset)
{
    return 1 + bytes.left(offset).count('\n');
}
} // namespace

const RawFileRecord *Project::rawFile(const QString &fileCell) const
{
    for (const RawFileRecord &record : rawFiles)
        if (record.file == fileCell)
            return &record;
    return nullptr;
}

RawFileRecord *Project::rawFile(const QString &fileCell)
{
    for (RawFileRecord &record : rawFiles)
        if (record.file == fileCell)
            return &record;
    return nullptr;
}

QString Project::resolvedPath(const QString &fileCell) const
{
    if (const RawFileRecord *record = rawFile(fileCell); record && !record->absolutePath.isEmpty())
        return record->absolutePath;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(fileCell));
}

QByteArray formatProject(const Project &project, const QString &projectPath)
{
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    QJsonObject campaign;
    campaign.insert(QStringLiteral("base"), relativeTo(dir, project.baseDir));
    if (!project.manifestPath.isEmpty())
        campaign.insert(QStringLiteral("manifest"), relativeTo(dir, project.manifestPath));
    campaign.insert(QStringLiteral("comments"), toJsonArray(project.leadingComments));
    campaign.insert(QStringLiteral("columns"), toJsonArray(project.columns));
    QJsonArray rows;
    for (const ProjectRow &row : project.rows) {
        QJsonObject json;
        json.insert(QStringLiteral("id"), row.id);
        if (row.row.line > 0)
            json.insert(QStringLiteral("manifest_line"), row.row.line);
        json.insert(QStringLiteral("cells"), toJson(row.row.cells));
        rows.append(json);
    }
    campaign.insert(QStringLiteral("rows"), rows);

    QJsonArray rawFiles;
    for (const RawFileRecord &record : project.rawFiles) {
        QJsonObject json;
        json.insert(QStringLiteral("file"), record.file);
        json.insert(QStringLiteral("path"), relativeTo(dir, record.absolutePath));
        json.insert(QStringLiteral("sha256"), record.sha256);
        json.insert(QStringLiteral("size"), double(record.size));
        json.insert(QStringLiteral("importer"), record.importerId);
        json.insert(QStringLiteral("importer_forced"), record.importerForced);
        json.insert(QStringLiteral("options"), toJson(record.options));
        rawFiles.append(json);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatName);
    root.insert(QStringLiteral("version"), kProjectFormatVersion);
    root.insert(QStringLiteral("generator"), QStringLiteral("Glassbench " GLASSBENCH_VERSION));
    root.insert(QStringLiteral("simulated"), project.simulated);
    root.insert(QStringLiteral("campaign"), campaign);
    root.insert(QStringLiteral("raw_files"), rawFiles);
    root.insert(QStringLiteral("settings"), project.settings.toJson());
    root.insert(QStringLiteral("analysis"), project.analysis);
    root.insert(QStringLiteral("plot_styles"), project.plotStyles);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Project> parseProject(const QByteArray &bytes, const QString &projectPath)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("bad_project"),
                         tr("not a valid project file: %1").arg(parseError.errorString()), projectPath,
                         lineOfOffset(bytes, parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormatName)
        return makeError(QStringLiteral("bad_project"), tr("not a Glassbench project file"), projectPath);
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return makeError(QStringLiteral("bad_project"), tr("the project file has no valid version number"),
                         projectPath);
    if (version > kProjectFormatVersion)
        return makeError(QStringLiteral("newer_project"),
                         tr("the project was written by a newer Glassbench (format version %1; this "
                            "version reads up to %2)")
                             .arg(version)
                             .arg(kProjectFormatVersion),
                         projectPath);

    const QDir dir = QFileInfo(projectPath).absoluteDir();
    Project project;
    project.path = QFileInfo(projectPath).absoluteFilePath();
    project.simulated = root.value(QStringLiteral("simulated")).toBool(false);
    const QJsonObject campaign = root.value(QStringLiteral("campaign")).toObject();
    project.baseDir = absoluteFrom(dir, campaign.value(QStringLiteral("base")).toString(QStringLiteral(".")));
    project.manifestPath = absoluteFrom(dir, campaign.value(QStringLiteral("manifest")).toString());
    project.leadingComments = toStringList(campaign.value(QStringLiteral("comments")));
    project.columns = toStringList(campaign.value(QStringLiteral("columns")));
    const QJsonArray rows = campaign.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject json = rows.at(i).toObject();
        ProjectRow row;
        row.id = json.value(QStringLiteral("id")).toString();
        if (row.id.isEmpty())
            return makeError(QStringLiteral("bad_project"),
                             tr("campaign row %1 has no dataset id").arg(i + 1), projectPath);
        row.row.line = toCount(json.value(QStringLiteral("manifest_line")));
        row.row.cells = toStringMap(json.value(QStringLiteral("cells")));
        for (auto it = row.row.cells.cbegin(); it != row.row.cells.cend(); ++it)
            if (!project.columns.contains(it.key()))
                project.columns << it.key(); // a hand-edited row may name a column the header lacks
        project.rows.push_back(std::move(row));
    }

    for (const QJsonValue &value : root.value(QStringLiteral("raw_files")).toArray()) {
        const QJsonObject json = value.toObject();
        RawFileRecord record;
        record.file = json.value(QStringLiteral("file")).toString();
        if (record.file.isEmpty())
            continue;
        record.absolutePath = absoluteFrom(dir, json.value(QStringLiteral("path")).toString());
        record.sha256 = json.value(QStringLiteral("sha256")).toString().toLower();
        record.size = toCount(json.value(QStringLiteral("size")));
        record.importerId = json.value(QStringLiteral("importer")).toString();
        record.importerForced = json.value(QStringLiteral("importer_forced")).toBool(false);
        record.options = toStringMap(json.value(QStringLiteral("options")));
        project.rawFiles.push_back(std::move(record));
    }
    project.settings = DatasetSettings::fromJson(root.value(QStringLiteral("settings")).toObject());
    project.analysis = root.value(QStringLiteral("analysis")).toObject();
    project.plotStyles = root.value(QStringLiteral("plot_styles")).toObject();
    return project;
}

Result<Project> readProject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("read_error"),
                         tr("cannot open the project: %1").arg(file.errorString()), path);
    return parseProject(file.readAll(), path);
}

Status writeProject(const Project &project, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("write_error"),
                         tr("cannot write the project: %1").arg(file.errorString()), path);
    const QByteArray bytes = formatProject(project, QFileInfo(path).absoluteFilePath());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("write_error"),
                         tr("cannot write the project: %1").arg(file.errorString()), path);
    return Done{};
}

bool isProjectPath(const QString &path)
{
    return path.endsWith(QLatin1String(".gbproj"), Qt::CaseInsensitive);
}

} // namespace gb
