// Bruker Hysitron TriboScan (TI 950 / TI 980 TriboIndenter, TriboScan 9 and later): the
// load–displacement curve a user exports from TriboScan's "Export curve" (one file per indent;
// a 200-indent array becomes a folder of 200 files, see HysitronArrayFolder.h). Layout as seen
// in micromechanics/micromechanics examples/Hysitron/RobinSteel0000LC.txt and documented in the
// project's formats.md, section "Nanoindentation":
//
//   Mon Apr 29 10:41:06 2019                       date line
//   <empty>
//   Number of Points = 5304                        counts the data rows
//   Depth (nm)<TAB>Load (µN)<TAB>Time (s)<TAB>Depth (V)<TAB>Load (V)   µ as Latin-1 byte 0xB5
//   0.814723<TAB>1.836146<TAB>0.000000<TAB>-0.001850<TAB>0.481918
//   <empty>                                        blank lines separate the load segments
//
// Columns are mapped by name and unit, never by position.

#include "io/indentation/HysitronTxtImporter.h"

#include "io/ImportSupport.h"
#include "io/indentation/IndentationSupport.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/NumericTableBuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HysitronTxtImporter", text);
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool isColumnHeader(std::string_view line)
{
    return line.find('\t') != std::string_view::npos && line.find("Depth (") != std::string_view::npos &&
           line.find("Load (") != std::string_view::npos;
}

bool looksNumeric(std::string_view field)
{
    return parseNumber(field, '.').ok() || (looksLikeDecimalComma(field) && parseNumber(field, ',').ok());
}

} // namespace

QString HysitronTxtImporter::displayName() const
{
    return tr("Bruker Hysitron TriboScan curve export");
}

int HysitronTxtImporter::confidence(const FileProbe &probe) const
{
    LineReader reader(probe.textView());
    std::string_view line;
    bool points = false;
    for (int i = 0; i < 12 && reader.next(line); ++i) {
        if (startsWith(line, "Number of Points") && line.find('=') != std::string_view::npos)
            points = true;
        else if (isColumnHeader(line))
            return points ? 95 : 80;
    }
    return points ? 40 : 0;
}

Result<ImportOutput> HysitronTxtImporter::read(QIODevice &device, const QString &fileName,
                                               const ImportOptions &options) const
{
    ImportOutput output;
    Result<HeadAndBody> text = readHeadAndBody(device, fileName, output.diagnostics);
    if (!text.ok())
        return text.error();
    const std::string_view head(text->head.constData(), std::size_t(text->head.size()));

    DatasetMetadata metadata;
    metadata.instrument = QStringLiteral("Bruker Hysitron TriboScan");
    qint64 announced = -1;
    qint64 announcedLine = 0;
    LineReader reader(head);
    std::string_view line;
    std::vector<std::string_view> fields;
    qint64 headerLine = 0;
    while (headerLine == 0 && reader.next(line)) {
        if (isBlankLine(line))
            continue;
        if (const std::size_t eq = line.find('='); eq != std::string_view::npos) {
            const QString key = text->text(trimmed(line.substr(0, eq)));
            const std::string_view value = trimmed(line.substr(eq + 1));
            metadata.header.append({key, text->text(value)});
            if (key.compare(QLatin1String("Number of Points"), Qt::CaseInsensitive) == 0) {
                qint64 n = -1;
                const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
                if (ec != std::errc() || ptr != value.data() + value.size() || n < 0)
                    output.diagnostics.push_back(
                        Diagnostic{Severity::Warning, QStringLiteral("bad_header"),
                                   tr("\"Number of Points\" is not a count: %1").arg(text->text(value)),
                                   fileName, reader.lineNumber(), 1});
                else {
                    announced = n;
                    announcedLine = reader.lineNumber();
                }
            }
            continue;
        }
        splitFields(line, Delimiter::Tab, fields);
        if (fields.size() >= 2) {
            if (looksNumeric(fields.front()))
                return importError(fileName, reader.lineNumber(),
                                   tr("a data row comes before the column header "
                                      "(Depth (nm), Load (µN), Time (s), ...)"),
                                   QStringLiteral("missing_header"));
            headerLine = reader.lineNumber();
            break;
        }
        metadata.header.append(
            {metadata.header.isEmpty() ? QStringLiteral("Date") : QStringLiteral("Comment"),
             text->text(trimmed(line))});
    }
    if (headerLine == 0)
        return importError(
            fileName, reader.lineNumber(),
            text->decodedHeadSize() < text->body.size()
                ? tr("no column header (Depth (nm), Load (µN), Time (s), ...) in the first 64 KiB")
                : tr("no column header (Depth (nm), Load (µN), Time (s), ...) found"),
            QStringLiteral("missing_header"));

    while (!fields.empty() && fields.back().empty())
        fields.pop_back();
    std::vector<ColumnSpec> specs;
    for (std::string_view cell : fields) {
        const NameAndUnit nu = splitNameAndUnit(text->text(cell));
        specs.push_back(ColumnSpec{nu.name, nu.unit, indentQuantity(nu.name, nu.unit)});
    }
    // The numbers: parsed where they are, in the file's own bytes when those are ASCII-compatible.
    std::string_view body(text->body.constData(), std::size_t(text->body.size()));
    body.remove_prefix(text->bodyIsHead ? reader.offset() : offsetAfterLines(body, headerLine));
    NumericTableBuilder builder(fileName, std::move(specs), indentDecimalMark(body, 0, options));
    LineReader dataReader(body);
    if (announced > 0) // a row takes at least two bytes: a wrong count cannot reserve much
        builder.reserveRows(qsizetype(std::min<qint64>(announced, qint64(body.size() / 2))));

    // Blank lines between rows start a new load segment; their first row indices are kept.
    QStringList segmentStarts{QStringLiteral("0")};
    bool afterBlank = false;
    while (true) {
        if (!afterBlank) // the first row after a blank line starts a segment: read below
            builder.addPlainRows(dataReader, Delimiter::Tab);
        if (!dataReader.next(line))
            break;
        if (isBlankLine(line)) {
            afterBlank = builder.rowCount() > 0;
            continue;
        }
        if (afterBlank) {
            segmentStarts.append(QString::number(builder.rowCount()));
            afterBlank = false;
        }
        builder.addLine(line, Delimiter::Tab, headerLine + dataReader.lineNumber());
    }

    const qsizetype rowCount = builder.rowCount();
    std::vector<Column> columns = builder.finish(output.diagnostics);
    if (rowCount == 0)
        return importError(fileName, headerLine, tr("no data rows after the column header"),
                           QStringLiteral("no_data"));
    assignIndentRoles(columns, {QStringLiteral("Depth"), QStringLiteral("Load"), QStringLiteral("Time")});
    if (Status ok = requireIndentColumns(columns, fileName, headerLine); !ok.ok())
        return ok.error();
    checkAnnouncedRows(announced, rowCount, fileName, announcedLine, output.diagnostics);
    metadata.header.append({QStringLiteral("Load segment starts"), segmentStarts.join(QStringLiteral(", "))});

    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = fileName;
    dataset->formatId = id();
    dataset->curveName = indentCurveName(fileName);
    dataset->columns = std::move(columns);
    dataset->metadata = std::move(metadata);
    output.datasets.push_back(std::move(dataset));
    return output;
}

} // namespace gb
