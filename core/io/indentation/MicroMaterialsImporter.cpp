// Micro Materials NanoTest (NanoTest Vantage / Platform 3, NanoTest software "Export data")
// text export of one indent. Layout as seen in micromechanics/micromechanics
// examples/Micromaterials/multipleIndentations.zip (member "1000nmXX 1 6958 -4555.txt") and
// documented in the project's formats.md, section "Nanoindentation":
//
//   0.000000<TAB>-367.982536<TAB>-0.010298<CR><LF>     time (s), depth (nm), load (mN)
//
// There is no header at all: the columns are fixed by the format, and the first rows have time 0
// and a negative depth. File names hold spaces and minus signs. Because nothing in the file names
// the format, confidence comes from the shape of the data only and stays below every format with
// a real signature.

#include "io/indentation/MicroMaterialsImporter.h"

#include "io/ImportSupport.h"
#include "io/indentation/IndentationSupport.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/NumericTableBuilder.h"

#include <QCoreApplication>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MicroMaterialsImporter", text);
}

constexpr int kColumns = 3;

} // namespace

QString MicroMaterialsImporter::displayName() const
{
    return tr("Micro Materials NanoTest text export");
}

int MicroMaterialsImporter::confidence(const FileProbe &probe) const
{
    const std::string_view text = probe.textView();
    const char mark = indentDecimalMark(text, 0, {});
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    int rows = 0;
    double previousTime = 0.0;
    while (rows < 30 && reader.next(line)) {
        if (reader.lastLineUnterminated() && rows > 0)
            break; // the probe may end inside a row
        if (isBlankLine(line))
            return 0;
        splitFields(line, Delimiter::Tab, fields);
        while (fields.size() > std::size_t(kColumns) && fields.back().empty())
            fields.pop_back(); // a trailing tab
        if (fields.size() != std::size_t(kColumns))
            return 0;
        double values[kColumns];
        for (int c = 0; c < kColumns; ++c) {
            const ParsedNumber n = parseNumber(fields[std::size_t(c)], mark);
            if (!n.ok())
                return 0;
            values[c] = n.value;
        }
        if ((rows == 0 && values[0] != 0.0) || values[0] < previousTime)
            return 0;
        previousTime = values[0];
        ++rows;
    }
    if (rows == 0)
        return 0;
    return hasSuffix(probe.fileName, {".txt"}) ? 35 : 30;
}

Result<ImportOutput> MicroMaterialsImporter::read(QIODevice &device, const QString &fileName,
                                                  const ImportOptions &options) const
{
    ImportOutput output;
    Result<DecodedText> decoded = readText(device, fileName, output.diagnostics);
    if (!decoded.ok())
        return decoded.error();
    const std::string_view text(decoded->utf8.constData(), std::size_t(decoded->utf8.size()));

    std::vector<ColumnSpec> specs = {
        ColumnSpec{QStringLiteral("Time"), QStringLiteral("s"), Quantity::Time},
        ColumnSpec{QStringLiteral("Depth"), QStringLiteral("nm"), Quantity::Depth},
        ColumnSpec{QStringLiteral("Load"), QStringLiteral("mN"), Quantity::Load},
    };
    NumericTableBuilder builder(fileName, std::move(specs), indentDecimalMark(text, 0, options));
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    qint64 blankLines = 0;
    qint64 firstBlank = 0;
    qint64 wrongShape = 0; // lines that are not three fields
    while (reader.next(line)) {
        if (isBlankLine(line)) {
            if (blankLines++ == 0)
                firstBlank = reader.lineNumber();
            continue;
        }
        splitFields(line, Delimiter::Tab, fields);
        std::size_t used = fields.size();
        while (used > std::size_t(kColumns) && fields[used - 1].empty())
            --used; // a trailing tab
        wrongShape += used != std::size_t(kColumns);
        builder.addRow(fields, reader.lineNumber());
    }
    const qsizetype rows = builder.rowCount();
    std::vector<Column> columns = builder.finish(output.diagnostics);
    if (rows == 0)
        return importError(fileName, reader.lineNumber(),
                           tr("no rows of time (s), depth (nm) and load (mN) separated by tabs"),
                           QStringLiteral("no_data"));
    if (wrongShape > rows)
        return importError(fileName, 1,
                           tr("%1 of %2 lines are not three tab-separated fields: not a NanoTest export")
                               .arg(wrongShape)
                               .arg(wrongShape + rows),
                           QStringLiteral("bad_layout"));
    if (columns.size() != std::size_t(kColumns))
        return importError(fileName, 1, tr("a column holds text, not numbers: not a NanoTest export"),
                           QStringLiteral("bad_layout"));
    // A blank line before the end of the data would be unusual: say so, nothing is lost.
    if (blankLines > 0 && firstBlank < reader.lineNumber())
        output.diagnostics.push_back(Diagnostic{Severity::Info, QStringLiteral("blank_line"),
                                                tr("blank lines between data rows were skipped"), fileName,
                                                firstBlank, blankLines});

    DatasetMetadata metadata;
    metadata.instrument = QStringLiteral("Micro Materials NanoTest");
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
