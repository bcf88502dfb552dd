#include "io/indentation/AgilentTestSheet.h"

#include "io/ImportSupport.h"
#include "io/indentation/IndentationSupport.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgilentXlsImporter", text);
}

constexpr double kInvalid = std::numeric_limits<double>::max(); // NanoSuite's "no value"

struct Tally {
    qint64 count = 0;
    qint64 firstRow = 0; ///< 1-based sheet row
    QString sample;
    void add(qint64 row, const QString &text = {})
    {
        if (count++ == 0) {
            firstRow = row;
            sample = text;
        }
    }
};

struct SheetColumn {
    unsigned index = 0;
    QString name;
    QString unit;
    std::vector<double> values;
    Tally invalid;
    Tally text;
    Tally empty;
};

bool isMarkerColumn(const QString &name)
{
    return name.compare(QLatin1String("Segment"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("Markers"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("Marker"), Qt::CaseInsensitive) == 0;
}

} // namespace

void FindingTally::add(const QString &key, const Diagnostic &diagnostic)
{
    if (auto it = m_items.find(key); it != m_items.end()) {
        it->count += diagnostic.count;
        return;
    }
    m_order.append(key);
    m_items.insert(key, diagnostic);
}

void FindingTally::appendTo(std::vector<Diagnostic> &diagnostics) const
{
    for (const QString &key : m_order)
        diagnostics.push_back(m_items.value(key));
}

WorkbookSheet::WorkbookSheet(FreeXlWorkbook &book, int sheet) : m_book(book)
{
    m_ok = book.selectSheet(sheet, m_rows, m_columns);
}

Result<std::shared_ptr<Dataset>> readAgilentTestSheet(const SheetCells &sheet, const QString &sheetName,
                                                      const QString &fileName, FindingTally &findings)
{
    const unsigned rows = sheet.rowCount(), width = sheet.columnCount();
    if (rows < 3 || width < 2)
        return importError(fileName, 0, tr("sheet \"%1\" has no data rows").arg(sheetName),
                           QStringLiteral("no_data"));

    int markerColumn = -1;
    std::vector<SheetColumn> columns;
    for (unsigned c = 0; c < width; ++c) {
        const XlsCell name = sheet.cell(0, c);
        const QString text = name.kind == XlsCell::Kind::Text ? name.text.trimmed() : QString();
        if (markerColumn < 0 && isMarkerColumn(text)) {
            markerColumn = int(c);
            continue;
        }
        SheetColumn column;
        column.index = c;
        column.name = text.isEmpty() ? tr("Column %1").arg(c + 1) : text;
        column.unit = sheet.cell(1, c).text.trimmed();
        columns.push_back(std::move(column));
    }

    QList<QPair<QString, QString>> markers;
    qsizetype count = 0;
    qint64 pendingBlank = 0, gapRows = 0, firstGapRow = 0;
    for (unsigned r = 2; r < rows; ++r) {
        const qint64 sheetRow = qint64(r) + 1;
        QString marker;
        if (markerColumn >= 0)
            marker = sheet.cell(r, unsigned(markerColumn)).text.trimmed();
        std::vector<XlsCell> cells;
        cells.reserve(columns.size());
        bool data = false;
        for (const SheetColumn &column : columns) {
            cells.push_back(sheet.cell(r, column.index));
            data = data || cells.back().kind != XlsCell::Kind::Empty;
        }
        if (!data) {
            if (!marker.isEmpty())
                markers.append({QStringLiteral("Marker"), QStringLiteral("%1: %2").arg(count).arg(marker)});
            else
                ++pendingBlank;
            continue;
        }
        if (pendingBlank > 0 && count > 0) {
            if (gapRows == 0)
                firstGapRow = sheetRow - pendingBlank;
            gapRows += pendingBlank;
        }
        pendingBlank = 0;
        if (!marker.isEmpty())
            markers.append({QStringLiteral("Marker"), QStringLiteral("%1: %2").arg(count).arg(marker)});
        for (std::size_t c = 0; c < columns.size(); ++c) {
            SheetColumn &column = columns[c];
            const XlsCell &cell = cells[c];
            double value = std::numeric_limits<double>::quiet_NaN();
            if (cell.kind == XlsCell::Kind::Number) {
                if (cell.number >= kInvalid || cell.number <= -kInvalid || !std::isfinite(cell.number))
                    column.invalid.add(sheetRow);
                else
                    value = cell.number;
            } else if (cell.kind == XlsCell::Kind::Text) {
                column.text.add(sheetRow, cell.text);
            } else {
                column.empty.add(sheetRow);
            }
            column.values.push_back(value);
        }
        ++count;
    }
    if (count == 0)
        return importError(fileName, 3, tr("sheet \"%1\" has no data rows").arg(sheetName),
                           QStringLiteral("no_data"));

    // Findings are handed on only when the sheet turns out to be an indent.
    std::vector<std::pair<QString, Diagnostic>> local;
    auto dataset = std::make_shared<Dataset>();
    for (SheetColumn &sc : columns) {
        auto report = [&](Severity severity, const char *code, const Tally &tally, const QString &message) {
            if (tally.count > 0)
                local.emplace_back(QString::fromLatin1(code) + u'\x1f' + sc.name,
                                   Diagnostic{severity, QString::fromLatin1(code), message, fileName,
                                              tally.firstRow, tally.count});
        };
        report(
            Severity::Info, "invalid_value", sc.invalid,
            tr("sheet \"%1\", column \"%2\": 1.7976931348623157e+308 (NanoSuite's \"invalid\") kept as a gap")
                .arg(sheetName, sc.name));
        report(Severity::Warning, "not_a_number", sc.text,
               tr("sheet \"%1\", column \"%2\": \"%3\" is not a number; kept as a gap")
                   .arg(sheetName, sc.name, sc.text.sample));
        report(Severity::Info, "empty_cell", sc.empty,
               tr("sheet \"%1\", column \"%2\": empty cell in a data row; kept as a gap")
                   .arg(sheetName, sc.name));

        Column column;
        column.name = sc.name;
        column.originalUnit = sc.unit;
        column.values = std::move(sc.values);
        const std::optional<UnitConversion> conversion = conversionForUnit(sc.unit);
        if (conversion) {
            column.unit = internalUnitSymbol(conversion->dimension);
            if (!conversion->isIdentity())
                for (double &v : column.values)
                    v = conversion->toInternal(v);
        } else {
            column.unit = sc.unit;
            local.emplace_back(
                QStringLiteral("unknown_unit\x1f") + sc.name,
                Diagnostic{Severity::Info, QStringLiteral("unknown_unit"),
                           tr("column \"%1\": unit \"%2\" has no conversion; values kept as written")
                               .arg(sc.name, sc.unit),
                           fileName, 2, 1});
        }
        column.quantity = indentQuantity(column.name, sc.unit);
        dataset->columns.push_back(std::move(column));
    }
    if (gapRows > 0)
        local.emplace_back(QStringLiteral("blank_row"),
                           Diagnostic{Severity::Info, QStringLiteral("blank_row"),
                                      tr("sheet \"%1\": empty rows between data rows skipped").arg(sheetName),
                                      fileName, firstGapRow, gapRows});
    if (!markers.isEmpty())
        local.emplace_back(QStringLiteral("markers"),
                           Diagnostic{Severity::Info, QStringLiteral("markers"),
                                      tr("segment markers (\"%1\", ...) kept as metadata \"Marker\" = "
                                         "\"<row index>: <text>\"")
                                          .arg(markers.front().second.section(QStringLiteral(": "), 1)),
                                      fileName, 0, qint64(markers.size())});

    assignIndentRoles(dataset->columns, {QStringLiteral("Displacement Into Surface"),
                                         QStringLiteral("Load On Sample"), QStringLiteral("Time On Sample")});
    if (!requireIndentColumns(dataset->columns, fileName, 1).ok())
        return importError(
            fileName, 1,
            tr("sheet \"%1\": no depth (length unit) and load (force unit) columns").arg(sheetName),
            QStringLiteral("missing_columns"));
    for (const auto &[key, diagnostic] : local)
        findings.add(key, diagnostic);
    dataset->curveName = sheetName;
    dataset->metadata.instrument = QStringLiteral("Agilent/KLA NanoSuite (G200, XP)");
    dataset->metadata.header.append({QStringLiteral("Sheet"), sheetName});
    dataset->metadata.header.append(markers);
    return dataset;
}

} // namespace gb
