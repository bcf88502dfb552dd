#include "io/ManifestFile.h"

#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestFile", text);
}

/// Joins physical lines while a quoted cell is open, so a cell may hold line breaks.
bool nextRecord(LineReader &reader, std::string &record, qint64 &firstLine, bool &unclosedQuote)
{
    std::string_view line;
    if (!reader.next(line))
        return false;
    firstLine = reader.lineNumber();
    record.assign(line);
    std::vector<std::string> scratch;
    while (!splitQuotedCsv(record, ',', scratch)) {
        if (!reader.next(line)) {
            unclosedQuote = true;
            return true;
        }
        record.push_back('\n');
        record.append(line);
    }
    unclosedQuote = false;
    return true;
}

QString cellText(const std::string &cell)
{
    return QString::fromUtf8(cell.data(), qsizetype(cell.size()));
}
} // namespace

Result<Manifest> readManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("read_error"),
                         tr("cannot open the manifest: %1").arg(file.errorString()), path);
    return parseManifest(file.readAll(), path);
}

Result<Manifest> parseManifest(const QByteArray &bytes, const QString &path)
{
    Manifest manifest;
    manifest.path = path;
    const DecodedText text = decodeText(bytes);
    LineReader reader(std::string_view(text.utf8.constData(), std::size_t(text.utf8.size())));
    std::string record;
    std::vector<std::string> cells;
    qint64 line = 0;
    bool unclosedQuote = false;
    while (nextRecord(reader, record, line, unclosedQuote)) {
        const std::string_view trimmedRecord = trimmed(record);
        if (manifest.columns.isEmpty()) {
            if (trimmedRecord.empty())
                continue;
            if (trimmedRecord.front() == '#') {
                manifest.leadingComments << QString::fromUtf8(record.data(), qsizetype(record.size()));
                continue;
            }
            splitQuotedCsv(record, ',', cells);
            for (const std::string &cell : cells)
                manifest.columns << cellText(cell).trimmed();
            if (manifest.columns.removeDuplicates() > 0)
                return makeError(QStringLiteral("bad_manifest"), tr("the header names a column twice"), path,
                                 line);
            continue;
        }
        if (trimmedRecord.empty())
            continue;
        splitQuotedCsv(record, ',', cells);
        ManifestRow row;
        row.line = line;
        for (qsizetype c = 0; c < qsizetype(cells.size()) && c < manifest.columns.size(); ++c)
            if (!cells[std::size_t(c)].empty())
                row.cells.insert(manifest.columns[c], cellText(cells[std::size_t(c)]));
        if (unclosedQuote)
            manifest.diagnostics.push_back(Diagnostic{Severity::Error, QStringLiteral("bad_manifest"),
                                                      tr("a quoted cell is not closed"), path, line, 1});
        if (qsizetype(cells.size()) > manifest.columns.size())
            manifest.diagnostics.push_back(
                Diagnostic{Severity::Warning, QStringLiteral("bad_manifest"),
                           tr("the row has %1 cells but the header only %2; the extra cells are ignored")
                               .arg(cells.size())
                               .arg(manifest.columns.size()),
                           path, line, 1});
        manifest.rows.push_back(std::move(row));
    }
    if (manifest.columns.isEmpty())
        return makeError(QStringLiteral("bad_manifest"), tr("the manifest has no header row"), path,
                         std::max<qint64>(1, reader.lineNumber()));
    return manifest;
}

namespace {
QString quotedIfNeeded(const QString &cell)
{
    const bool needsQuotes = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
                             cell.contains(u'\r') ||
                             (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}
} // namespace

QByteArray formatManifest(const Manifest &manifest)
{
    QString out;
    for (const QString &comment : manifest.leadingComments)
        out += comment + u'\n';
    QStringList header;
    for (const QString &column : manifest.columns)
        header << quotedIfNeeded(column);
    out += header.join(u',') + u'\n';
    for (const ManifestRow &row : manifest.rows) {
        QStringList cells;
        for (const QString &column : manifest.columns)
            cells << quotedIfNeeded(row.cells.value(column));
        out += cells.join(u',') + u'\n';
    }
    return out.toUtf8();
}

Status writeManifest(const Manifest &manifest, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    file.write(formatManifest(manifest));
    if (!file.commit())
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    return Done{};
}

} // namespace gb
