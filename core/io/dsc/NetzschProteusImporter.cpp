// NETZSCH Proteus Thermal Analysis "Export data" ASCII file (#FORMAT:NETZSCH5; DSC 200/204/214, STA).
// Layout: docs/formats.md, "NETZSCH Proteus ASCII export"; real file: data/real/dsc/A_1.txt.
//
//   #FORMAT:NETZSCH5                  #KEY:value header lines
//   #DECIMAL:POINT                    POINT | COMMA: read before any number
//   #SEPARATOR:SEMICOLON              SEMICOLON | TAB | COMMA | SPACE
//   #SAMPLE MASS /mg:77.8             the unit follows the '/' in the key
//   #EXO:-1                           -1: exothermic effects point down (endothermic up)
//   #SEG. 1:25°C/7.0(K/min)/50°C      temperature program, one line per segment
//                                     (empty line)
//   ##Temp./C;Time/min;DSC/(mW/mg);...;Segment    each name is quantity/unit, split at the FIRST '/'
//    24.96900; 0.00000;-9.661650e-004;...;1
//
// #FTYPE:ANSI means Windows-1252. The copy in data/real had ° and µ replaced by U+FFFD before it was
// published: "�C" is read as °C and "�V" as µV (see dscio::repairReplacementCharacters); the header
// list keeps the text as found.
// Segments: a DSC researcher looks at one curve per temperature segment (heating, isotherm,
// cooling), so the rows are cut into one Dataset per run of equal values in the Segment column; the
// column itself goes (its value is in the curve name, with the #SEG. program line).
#include "io/dsc/NetzschProteusImporter.h"

#include "io/ImportSupport.h"
#include "io/dsc/DscTextSupport.h"
#include "io/text/LineReader.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetzschProteusImporter", text);
}

std::optional<Delimiter> separatorFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("SEMICOLON"))
        return Delimiter::Semicolon;
    if (n == QLatin1String("TAB"))
        return Delimiter::Tab;
    if (n == QLatin1String("COMMA"))
        return Delimiter::Comma;
    if (n == QLatin1String("SPACE") || n == QLatin1String("BLANK"))
        return Delimiter::Whitespace;
    return std::nullopt;
}

Delimiter sniffSeparator(std::string_view columnLine)
{
    const auto count = [columnLine](char c) { return std::count(columnLine.begin(), columnLine.end(), c); };
    if (count(';') > 0)
        return Delimiter::Semicolon;
    if (count('\t') > 0)
        return Delimiter::Tab;
    if (count(',') > 0)
        return Delimiter::Comma;
    return Delimiter::Whitespace;
}

} // namespace

QString NetzschProteusImporter::id() const
{
    return QStringLiteral("netzsch-proteus");
}

QString NetzschProteusImporter::displayName() const
{
    return tr("NETZSCH Proteus ASCII export");
}

QStringList NetzschProteusImporter::filePatterns() const
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.csv")};
}

int NetzschProteusImporter::confidence(const FileProbe &probe) const
{
    if (probeContains(probe, "#FORMAT:NETZSCH"))
        return 95;
    if (probe.text.startsWith("#EXPORTTYPE:") && dscio::hasLineStartingWith(probe.textView(), "##"))
        return 85;
    return 0;
}

Result<ImportOutput> NetzschProteusImporter::read(QIODevice &device, const QString &fileName,
                                                  const ImportOptions &options) const
{
    (void)options;
    std::vector<Diagnostic> diagnostics;
    Result<DecodedText> decoded = readText(device, fileName, diagnostics);
    if (!decoded.ok())
        return decoded.error();
    const QByteArray &utf8 = decoded.value().utf8;
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));
    if (dscio::isBlank(text))
        return importError(fileName, 1, tr("the file is empty"), QStringLiteral("empty_file"));

    LineReader reader(text);
    std::string_view line;
    dscio::HeaderList header;
    std::optional<Delimiter> separator;
    std::optional<char> decimal;
    qint64 decimalLine = 0;
    std::string_view columnLine;
    qint64 columnLineNumber = 0;
    while (reader.next(line)) {
        const std::string_view t = trimmed(line);
        if (t.empty())
            continue;
        if (t.substr(0, 2) == "##") {
            columnLine = t.substr(2);
            columnLineNumber = reader.lineNumber();
            break;
        }
        if (t.front() != '#')
            return importError(fileName, reader.lineNumber(),
                               tr("expected a #KEY:value header line or the ## column line"),
                               QStringLiteral("wrong_format"));
        const std::size_t colon = t.find(':');
        const QString key =
            dscio::trimmedText(t.substr(1, colon == std::string_view::npos ? t.npos : colon - 1));
        const QString value =
            colon == std::string_view::npos ? QString() : dscio::trimmedText(t.substr(colon + 1));
        header.append({key, value});
        if (key == QLatin1String("SEPARATOR")) {
            separator = separatorFromName(value);
            if (!separator)
                return importError(fileName, reader.lineNumber(), tr("unknown #SEPARATOR \"%1\"").arg(value),
                                   QStringLiteral("bad_header"));
        } else if (key == QLatin1String("DECIMAL")) {
            decimalLine = reader.lineNumber();
            if (value.compare(QLatin1String("POINT"), Qt::CaseInsensitive) == 0)
                decimal = '.';
            else if (value.compare(QLatin1String("COMMA"), Qt::CaseInsensitive) == 0)
                decimal = ',';
            else
                return importError(fileName, decimalLine, tr("unknown #DECIMAL \"%1\"").arg(value),
                                   QStringLiteral("bad_header"));
        }
    }
    if (columnLineNumber == 0)
        return importError(fileName, reader.lineNumber(),
                           tr("no \"##\" column line: not a NETZSCH Proteus export"),
                           QStringLiteral("wrong_format"));
    const Delimiter delimiter = separator.value_or(sniffSeparator(columnLine));
    if (decimal == ',' && delimiter == Delimiter::Comma)
        return importError(fileName, decimalLine, tr("#DECIMAL:COMMA with #SEPARATOR:COMMA cannot be read"),
                           QStringLiteral("bad_header"));
    const std::optional<char> evident = dscio::evidentDecimalMark(text.substr(reader.offset()), delimiter);
    if (decimal && evident && *decimal != *evident)
        return importError(fileName, decimalLine,
                           tr("#DECIMAL says a decimal %1, but the numbers are written with a decimal %2")
                               .arg(*decimal == ',' ? tr("comma") : tr("point"),
                                    *evident == ',' ? tr("comma") : tr("point")),
                           QStringLiteral("bad_header"));
    const char decimalMark = decimal.value_or(evident.value_or('.'));

    std::vector<std::string_view> fields;
    splitFields(columnLine, delimiter, fields);
    while (!fields.empty() && fields.back().empty())
        fields.pop_back(); // a trailing separator
    std::vector<ColumnSpec> declared;
    for (std::string_view cell : fields) {
        const QString c = dscio::trimmedText(cell);
        const qsizetype slash = c.indexOf(u'/');
        ColumnSpec spec;
        spec.name = slash < 0 ? c : c.left(slash).trimmed();
        if (slash >= 0)
            spec.unit = normalizeUnitText(dscio::repairReplacementCharacters(c.mid(slash + 1)));
        if (spec.name.compare(QLatin1String("Segment"), Qt::CaseInsensitive) == 0)
            spec.quantity = Quantity::Index;
        declared.push_back(std::move(spec));
    }
    dscio::makeNamesUnique(declared);

    NumericTableBuilder builder(fileName, dscio::builderSpecs(declared), decimalMark);
    while (reader.next(line)) {
        const std::string_view t = trimmed(line);
        if (t.empty())
            continue;
        if (t.front() == '#') {
            const std::size_t colon = t.find(':');
            header.append({dscio::trimmedText(t.substr(1, colon == t.npos ? t.npos : colon - 1)),
                           colon == t.npos ? QString() : dscio::trimmedText(t.substr(colon + 1))});
            continue;
        }
        splitFields(line, delimiter, fields);
        builder.addRow(fields, reader.lineNumber());
    }
    std::vector<Column> columns = dscio::finishColumns(builder, declared, fileName, diagnostics);

    DatasetMetadata meta;
    meta.header = header;
    meta.instrument = dscio::headerValue(header, {}, QStringLiteral("INSTRUMENT"));
    meta.sampleName = dscio::headerValue(header, {}, QStringLiteral("SAMPLE"));
    for (const auto &[key, value] : header) {
        if (key.startsWith(QLatin1String("SAMPLE MASS"), Qt::CaseInsensitive)) {
            const qsizetype slash = key.indexOf(u'/');
            meta.massMg =
                dscio::parseMassMg(value, slash < 0 ? QStringLiteral("mg") : key.mid(slash + 1).trimmed());
            break;
        }
    }
    const QString exo = dscio::headerValue(header, {}, QStringLiteral("EXO"));
    if (exo == QLatin1String("-1"))
        meta.heatFlowSign = HeatFlowSign::EndothermicUp;
    else if (exo == QLatin1String("1"))
        meta.heatFlowSign = HeatFlowSign::EndothermicDown;

    // One curve per run of the Segment column.
    std::vector<double> segmentKey;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it->name.compare(QLatin1String("Segment"), Qt::CaseInsensitive) == 0) {
            segmentKey = std::move(it->values);
            columns.erase(it);
            break;
        }
    }
    const qsizetype rows = columns.empty() ? 0 : qsizetype(columns.front().values.size());
    const auto runs = segmentKey.empty() ? std::vector<std::pair<qsizetype, qsizetype>>{{0, rows}}
                                         : dscio::runsOfEqualValues(segmentKey);
    ImportOutput output;
    for (std::size_t r = 0; r < runs.size() && rows > 0; ++r) {
        const auto [begin, end] = runs[r];
        auto dataset = std::make_shared<Dataset>();
        dataset->sourceFile = fileName;
        dataset->formatId = id();
        dataset->segment = int(r + 1);
        dataset->curveName = meta.sampleName;
        if (!segmentKey.empty()) {
            double number = std::nan("");
            for (qsizetype i = begin; i < end && std::isnan(number); ++i)
                number = segmentKey[std::size_t(i)];
            const QString label = QString::number(number);
            const QString program = dscio::repairReplacementCharacters(
                dscio::headerValue(header, {}, QStringLiteral("SEG. %1").arg(label)));
            dataset->curveName =
                program.isEmpty() ? tr("Segment %1").arg(label) : tr("Segment %1: %2").arg(label, program);
        }
        dataset->columns = runs.size() == 1 ? columns : dscio::sliceColumns(columns, begin, end);
        dataset->metadata = meta;
        output.datasets.push_back(std::move(dataset));
    }
    output.diagnostics = std::move(diagnostics);
    if (output.datasets.empty())
        return dscio::noDataError(fileName, output.diagnostics, columnLineNumber,
                                  tr("no data rows after the ## column line"));
    return output;
}

} // namespace gb
