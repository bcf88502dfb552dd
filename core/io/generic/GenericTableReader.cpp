#include "io/generic/GenericTableReader.h"

#include "io/generic/ColumnHeaders.h"
#include "io/generic/GapCounter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/NumericTableBuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GenericTableReader", text);
}

/// Counts findings of one kind, remembering the first line.
struct Tally {
    qint64 count = 0;
    qint64 firstLine = 0;
    void add(qint64 line, qint64 n = 1)
    {
        if (count == 0)
            firstLine = line;
        count += n;
    }
};

QString normalizedName(QString name)
{
    name.replace(QChar(0x03BC), QChar(0x00B5)); // Greek mu -> micro sign
    name.replace(QChar(0x00BA), QChar(0x00B0)); // ordinal indicator -> degree sign
    return name.trimmed();
}

std::vector<ColumnSpec> columnSpecs(const QStringList &names, const QStringList &unitCells, int columnCount,
                                    const GenericImportOptions &options)
{
    std::vector<ColumnSpec> specs;
    for (int c = 0; c < columnCount; ++c) {
        const NameAndUnit split = splitHeaderCell(names.value(c));
        ColumnSpec spec;
        spec.name = normalizedName(split.name);
        if (spec.name.isEmpty())
            spec.name = tr("Column %1").arg(c + 1);
        spec.unit = split.unit;
        if (c < unitCells.size() && !unitCells[c].isEmpty())
            spec.unit = normalizeUnitText(unitCells[c]);
        if (const auto given = options.units.find(c + 1); given != options.units.end())
            spec.unit = given->second;
        specs.push_back(std::move(spec));
    }
    return specs;
}

/// `key = value`, `key: value` or `key<TAB>value` lines above the header.
void readMetadata(const std::vector<std::string_view> &lines, qint64 headerStart, DatasetMetadata &metadata)
{
    for (qint64 i = 0; i + 1 < headerStart && i < qint64(lines.size()); ++i) {
        const QString line =
            QString::fromUtf8(lines[std::size_t(i)].data(), qsizetype(lines[std::size_t(i)].size()))
                .trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype separator = line.indexOf(QRegularExpression(QStringLiteral("[=:\\t;]")));
        if (separator > 0)
            metadata.header.append({line.left(separator).trimmed(), line.mid(separator + 1).trimmed()});
        else
            metadata.header.append({line, QString()});
    }
    for (const char *key : {"Sample", "Sample name", "Sample ID"})
        if (const QString value = metadata.headerValue(QString::fromLatin1(key)); !value.isEmpty()) {
            metadata.sampleName = value;
            break;
        }
    for (const char *key : {"Sample mass", "Mass", "Weight"}) {
        const QStringList parts =
            metadata.headerValue(QString::fromLatin1(key)).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        const ParsedNumber number = parseNumber(parts[0].toStdString());
        const auto unit = conversionForUnit(parts[1]);
        if (number.ok() && unit && unit->dimension == Dimension::Mass) {
            metadata.massMg = unit->toInternal(number.value);
            break;
        }
    }
}

void checkDeclaredPoints(const DatasetMetadata &metadata, qsizetype rows, const QString &fileName,
                         std::vector<Diagnostic> &diagnostics)
{
    static const QRegularExpression pointsKey(QStringLiteral("^number of (data )?points$"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < metadata.header.size(); ++i) {
        if (!pointsKey.match(metadata.header[i].first).hasMatch())
            continue;
        bool ok = false;
        const qint64 declared = metadata.header[i].second.toLongLong(&ok);
        if (ok && declared != rows)
            diagnostics.push_back({Severity::Warning, QStringLiteral("row_count_mismatch"),
                                   tr("the header says %1 points, %2 rows were read").arg(declared).arg(rows),
                                   fileName, 0, 1});
    }
}
} // namespace

Result<DatasetPtr> readGenericTable(const std::vector<std::string_view> &lines, bool endsInsideLine,
                                    const TableLayout &layout, const GenericImportOptions &options,
                                    const QString &fileName, const QString &formatId,
                                    const QString &curveName, std::vector<Diagnostic> &diagnostics)
{
    TableLineSplitter splitter(layout.delimiter, layout.quoted);
    auto lineAt = [&lines](qint64 number) { return lines[std::size_t(number - 1)]; };
    const QStringList names =
        layout.namesLine > 0 ? headerCells(splitter, lineAt(layout.namesLine)) : QStringList();
    const QStringList unitCells =
        layout.unitsLine > 0 ? headerCells(splitter, lineAt(layout.unitsLine)) : QStringList();

    int columnCount = layout.fieldCount;
    if (names.size() == columnCount + 1)
        ++columnCount; // a named last column that is empty in every row
    else if (names.size() > columnCount + 1)
        diagnostics.push_back({Severity::Warning, QStringLiteral("header_mismatch"),
                               tr("the names row has %1 names but the rows have %2 fields; the names after "
                                  "column %2 are ignored")
                                   .arg(names.size())
                                   .arg(columnCount),
                               fileName, layout.namesLine, 1});
    auto checkColumnOption = [&](int column, const char *kind) {
        if (column > columnCount)
            diagnostics.push_back({Severity::Warning, QStringLiteral("bad_option"),
                                   tr("option column.%1.%2: the table has only %3 columns")
                                       .arg(column)
                                       .arg(QString::fromLatin1(kind))
                                       .arg(columnCount),
                                   fileName, 0, 1});
    };
    for (const auto &entry : options.units)
        checkColumnOption(entry.first, "unit");
    for (const auto &entry : options.quantities)
        checkColumnOption(entry.first, "quantity");

    std::vector<ColumnSpec> specs = columnSpecs(names, unitCells, columnCount, options);
    for (const RoleConflict &conflict : assignColumnRoles(specs, options.quantities))
        diagnostics.push_back(
            {Severity::Warning, QStringLiteral("ambiguous_role"),
             tr("columns \"%1\" and \"%2\" both look like the %3; \"%1\" is used (choose with "
                "the option column.%4.quantity)")
                 .arg(specs[conflict.kept].name, specs[conflict.dropped].name,
                      quantityDisplayName(conflict.quantity))
                 .arg(conflict.dropped + 1),
             fileName, layout.namesLine, 1});

    NumericTableBuilder builder(fileName, specs, layout.decimalMark);
    GapCounter gaps(specs.size());
    Tally blankRuns;
    qint64 pendingBlank = 0;
    for (qint64 number = layout.firstDataLine; number <= qint64(lines.size()); ++number) {
        const std::string_view line = lineAt(number);
        if (trimmed(line).empty()) {
            ++pendingBlank;
            continue;
        }
        if (pendingBlank > 0 && builder.rowCount() > 0)
            blankRuns.add(number - pendingBlank, pendingBlank);
        pendingBlank = 0;
        const auto &fields = splitter.split(line);
        gaps.addRow(fields, number, layout.decimalMark);
        builder.addRow(fields, number);
    }
    if (endsInsideLine && !lines.empty() && !trimmed(lines.back()).empty()) {
        const auto &fields = splitter.split(lines.back());
        const bool cutAfterDelimiter = !fields.empty() && fields.back().empty();
        diagnostics.push_back(
            {cutAfterDelimiter ? Severity::Warning : Severity::Info, QStringLiteral("unterminated_row"),
             cutAfterDelimiter ? tr("the file ends inside this row, after a delimiter: the row is "
                                    "probably cut off; its missing cells are gaps")
                               : tr("the last line has no line end; if the file was cut off, "
                                    "its last row may be incomplete"),
             fileName, qint64(lines.size()), 1});
    }
    const qsizetype rows = builder.rowCount();
    if (rows == 0)
        return makeError(QStringLiteral("no_data"), tr("no data row could be read"), fileName,
                         layout.firstDataLine);

    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = fileName;
    dataset->formatId = formatId;
    dataset->curveName = curveName;
    dataset->columns = builder.finish(diagnostics);

    QStringList unitless;
    for (Column &column : dataset->columns)
        if (column.originalUnit.isEmpty()) {
            column.unit.clear(); // unknown, not dimensionless: the file does not say
            if (column.quantity != Quantity::Index)
                unitless.append(QStringLiteral("\"%1\"").arg(column.name));
        }
    if (!unitless.isEmpty())
        diagnostics.push_back({Severity::Warning, QStringLiteral("no_unit"),
                               tr("no unit is given for %1; the values are kept as written (give the unit "
                                  "with the option column.<n>.unit)")
                                   .arg(unitless.join(QStringLiteral(", "))),
                               fileName, layout.namesLine, 1});
    if (const GapCounter::Total total = gaps.total(specs, dataset->columns); total.count > 0)
        diagnostics.push_back({Severity::Info, QStringLiteral("gap_cells"),
                               tr("empty or missing-value cells (\"---\", \"nan\", ...) kept as gaps"),
                               fileName, total.firstLine, total.count});
    if (blankRuns.count > 0)
        diagnostics.push_back({Severity::Info, QStringLiteral("blank_lines"),
                               tr("blank lines between data rows ignored"), fileName, blankRuns.firstLine,
                               blankRuns.count});

    const qint64 headerStart =
        std::min({layout.namesLine > 0 ? layout.namesLine : layout.firstDataLine,
                  layout.unitsLine > 0 ? layout.unitsLine : layout.firstDataLine, layout.firstDataLine});
    readMetadata(lines, headerStart, dataset->metadata);
    checkDeclaredPoints(dataset->metadata, rows, fileName, diagnostics);
    return DatasetPtr(std::move(dataset));
}

} // namespace gb
