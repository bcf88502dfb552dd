// Hysitron raw test file (".hld"), written by Hysitron TriboScan and the HighLoad FBControls
// software (seen: "File Version: Hysitron HighLoad FBControls 6.1 Release"). Layout as seen in
// micromechanics/micromechanics examples/Hysitron/Exp-50mN_0000.hld and documented in the
// project's formats.md, section "Nanoindentation". Latin-1, CRLF:
//
//   File Version: Hysitron HighLoad FBControls 6.1 Release
//   Key: value unit                          ~190 lines: calibration, drift, segments
//   Sample Approach Data Points: 312         a table: <Name> Data Points: N, a names row, N rows
//   Time_s<TAB>MotorDisp_mm<TAB>Piezo Extension_nm
//   ...
//   Drift Measurement Data Points: 913
//   Test Data Points: 1068                   the indent
//   Time_s<TAB>Disp_nm<TAB>Force_µN<TAB>LoadCell_nm<TAB>PiezoDisp_nm<TAB>Disp_V<TAB>Force_V<TAB>Piezo_LowV
//
// Column names carry their unit after the last '_'. Disp becomes Depth (nm), Force becomes Load
// (µN). The header lines are kept verbatim as metadata; the other tables are named in a note.

#include "io/indentation/HysitronHldImporter.h"

#include "io/ImportSupport.h"
#include "io/indentation/IndentationSupport.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumericTableBuilder.h"

#include <QCoreApplication>

#include <charconv>
#include <optional>

namespace gb {

namespace {

/// True when a line after the first starts with "Test Data Points:". Searched by the key's
/// first letter, which numeric data lack, rather than at every line end, and only in the
/// probe's markerRegion().
bool hasTestDataPointsLine(const FileProbe &probe)
{
    constexpr std::string_view key = "Test Data Points:";
    const std::string_view text = markerRegion(probe, key);
    for (std::size_t at = text.find(key, 1); at != std::string_view::npos; at = text.find(key, at + 1))
        if (text[at - 1] == '\n')
            return true;
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("HysitronHldImporter", text);
}

constexpr std::string_view kTableMark = " Data Points:";

/// "<Name> Data Points: N" → Name and N.
struct TableStart {
    QString name;
    qint64 rows = 0;
};

std::optional<TableStart> tableStart(std::string_view line)
{
    const std::size_t at = line.find(kTableMark);
    if (at == std::string_view::npos || at == 0)
        return std::nullopt;
    const std::string_view count = trimmed(line.substr(at + kTableMark.size()));
    qint64 n = -1;
    const auto [ptr, ec] = std::from_chars(count.data(), count.data() + count.size(), n);
    if (ec != std::errc() || ptr != count.data() + count.size() || n < 0)
        return std::nullopt;
    return TableStart{toQString(trimmed(line.substr(0, at))), n};
}

/// "Disp_nm" → {"Depth", "nm", Depth}; "Piezo_LowV" (no known unit) → {"Piezo_LowV", "", Other}.
ColumnSpec hldColumn(const QString &cell)
{
    QString name = cell.trimmed();
    QString unit;
    const qsizetype underscore = name.lastIndexOf(u'_');
    if (underscore > 0) {
        const QString suffix = name.mid(underscore + 1);
        if (const auto conversion = conversionForUnit(suffix);
            conversion && conversion->dimension != Dimension::Dimensionless) {
            unit = normalizeUnitText(suffix);
            name = name.left(underscore);
        }
    }
    const auto conversion = conversionForUnit(unit);
    const Dimension dimension = conversion ? conversion->dimension : Dimension::Unknown;
    Quantity quantity = dimension == Dimension::Voltage ? Quantity::Voltage : Quantity::Other;
    if (name.compare(QLatin1String("Disp"), Qt::CaseInsensitive) == 0 && dimension == Dimension::Length) {
        name = QStringLiteral("Depth");
        quantity = Quantity::Depth;
    } else if (name.compare(QLatin1String("Force"), Qt::CaseInsensitive) == 0 &&
               dimension == Dimension::Force) {
        name = QStringLiteral("Load");
        quantity = Quantity::Load;
    } else if (name.compare(QLatin1String("Time"), Qt::CaseInsensitive) == 0 &&
               dimension == Dimension::Time) {
        quantity = Quantity::Time;
    }
    return ColumnSpec{name, unit, quantity};
}

} // namespace

QString HysitronHldImporter::displayName() const
{
    return tr("Hysitron raw test file (.hld)");
}

int HysitronHldImporter::confidence(const FileProbe &probe) const
{
    const std::string_view text = probe.textView();
    const bool suffix = hasSuffix(probe.fileName, {".hld"});
    if (text.substr(0, 22) == "File Version: Hysitron")
        return suffix ? 100 : 95;
    if (hasTestDataPointsLine(probe))
        return suffix ? 80 : 70;
    if (suffix && text.substr(0, 13) == "File Version:")
        return 60;
    return 0;
}

Result<ImportOutput> HysitronHldImporter::read(QIODevice &device, const QString &fileName,
                                               const ImportOptions &options) const
{
    ImportOutput output;
    Result<DecodedText> decoded = readText(device, fileName, output.diagnostics);
    if (!decoded.ok())
        return decoded.error();
    const std::string_view text(decoded->utf8.constData(), std::size_t(decoded->utf8.size()));

    DatasetMetadata metadata;
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::optional<NumericTableBuilder> builder;
    qint64 testLine = 0;   // line of "Test Data Points: N"
    qint64 testHeader = 0; // line of the Test table's names row
    qint64 announced = -1;
    bool expectNames = false;
    bool inTest = false;
    bool seenTable = false;
    QStringList otherTables;

    while (reader.next(line)) {
        if (isBlankLine(line))
            continue;
        if (const auto table = tableStart(line)) {
            metadata.header.append(
                {table->name + QStringLiteral(" Data Points"), QString::number(table->rows)});
            seenTable = expectNames = true;
            inTest = table->name.compare(QLatin1String("Test"), Qt::CaseInsensitive) == 0;
            if (inTest) {
                if (builder)
                    return importError(fileName, reader.lineNumber(), tr("a second \"Test Data\" table"),
                                       QStringLiteral("bad_layout"));
                testLine = reader.lineNumber();
                announced = table->rows;
            } else {
                otherTables.append(tr("%1 (%2 rows)").arg(table->name).arg(table->rows));
            }
            continue;
        }
        if (!seenTable) {
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos)
                metadata.header.append({QStringLiteral("Comment"), toQString(trimmed(line))});
            else
                metadata.header.append(
                    {toQString(trimmed(line.substr(0, colon))), toQString(trimmed(line.substr(colon + 1)))});
            continue;
        }
        if (!inTest) {
            expectNames = false;
            continue; // rows of a table that is not the indent; named in a note below
        }
        splitFields(line, Delimiter::Tab, fields);
        if (expectNames) {
            expectNames = false;
            testHeader = reader.lineNumber();
            while (!fields.empty() && fields.back().empty())
                fields.pop_back();
            std::vector<ColumnSpec> specs;
            for (std::string_view cell : fields)
                specs.push_back(hldColumn(toQString(cell)));
            builder.emplace(fileName, std::move(specs), indentDecimalMark(text, reader.offset(), options));
            continue;
        }
        builder->addRow(fields, reader.lineNumber());
    }

    if (!builder)
        return importError(fileName, testLine ? testLine : reader.lineNumber(),
                           testLine ? tr("the \"Test Data\" table has no names row")
                                    : tr("no \"Test Data Points:\" table in the file"),
                           QStringLiteral("missing_table"));
    const qsizetype rows = builder->rowCount();
    std::vector<Column> columns = builder->finish(output.diagnostics);
    if (rows == 0)
        return importError(fileName, testHeader, tr("the \"Test Data\" table has no data rows"),
                           QStringLiteral("no_data"));
    assignIndentRoles(columns, {QStringLiteral("Depth"), QStringLiteral("Load"), QStringLiteral("Time")});
    if (Status ok = requireIndentColumns(columns, fileName, testHeader); !ok.ok())
        return ok.error();
    checkAnnouncedRows(announced, rows, fileName, testLine, output.diagnostics);
    if (!otherTables.isEmpty())
        output.diagnostics.push_back(
            Diagnostic{Severity::Info, QStringLiteral("table_skipped"),
                       tr("tables not imported (the indent is the Test Data table): %1")
                           .arg(otherTables.join(QStringLiteral(", "))),
                       fileName, 0, 1});

    metadata.instrument = metadata.headerValue(QStringLiteral("System"));
    if (metadata.instrument.isEmpty())
        metadata.instrument = metadata.headerValue(QStringLiteral("File Version"));
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
