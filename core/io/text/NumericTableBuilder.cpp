#include "io/text/NumericTableBuilder.h"

#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/PlainFieldScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

void NumericTableBuilder::Tally::add(qint64 line, const QString &detail)
{
    if (count++ == 0) {
        firstLine = line;
        firstDetail = detail;
    }
}

NumericTableBuilder::NumericTableBuilder(QString fileName, std::vector<ColumnSpec> columns, char decimalMark)
    : m_fileName(std::move(fileName)), m_specs(std::move(columns)), m_decimalMark(decimalMark),
      m_values(m_specs.size()), m_textCells(m_specs.size()), m_outOfRange(m_specs.size()),
      m_numbersSeen(m_specs.size(), 0)
{
}

void NumericTableBuilder::addRow(const std::vector<std::string_view> &fields, qint64 line)
{
    std::size_t used = fields.size();
    while (used > m_specs.size() && fields[used - 1].empty())
        --used;
    if (used < m_specs.size()) {
        m_shortRows.add(line, QStringLiteral("%1 of %2").arg(used).arg(m_specs.size()));
        return;
    }
    if (used > m_specs.size()) {
        m_longRows.add(line, QStringLiteral("%1 of %2").arg(used).arg(m_specs.size()));
        return;
    }
    for (std::size_t c = 0; c < m_specs.size(); ++c) {
        const ParsedNumber n = parseNumber(fields[c], m_decimalMark);
        switch (n.status) {
        case NumberStatus::Ok: ++m_numbersSeen[c]; break;
        case NumberStatus::Gap: break;
        case NumberStatus::Invalid:
            m_textCells[c].add(line, QString::fromUtf8(fields[c].data(), qsizetype(fields[c].size())));
            break;
        case NumberStatus::OutOfRange:
            m_outOfRange[c].add(line, QString::fromUtf8(fields[c].data(), qsizetype(fields[c].size())));
            break;
        }
        m_values[c].push_back(n.ok() ? n.value : std::nan(""));
    }
    ++m_rows;
}

bool NumericTableBuilder::parsePlainRow(std::string_view line, Delimiter delimiter)
{
    if (!plainRowsPossible(delimiter, m_decimalMark))
        return false;
    m_plainRow.resize(m_specs.size());
    const char *const end = line.data() + line.size();
    return scanPlainFields(delimiter, line.data(), end, m_specs.size(), m_decimalMark, m_plainRow.data()) ==
           end;
}

qsizetype NumericTableBuilder::addPlainRows(LineReader &reader, Delimiter delimiter,
                                            std::optional<RowMarker> stopAt)
{
    const std::size_t columns = m_specs.size();
    if (!plainRowsPossible(delimiter, m_decimalMark) || columns == 0)
        return 0;
    if (stopAt && stopAt->column >= columns)
        stopAt.reset();
    // Rows are scanned into a block, one after the other, and the block is added to the
    // columns at once: a push_back per value cost more than scanning it.
    constexpr std::size_t kBlockRows = 256;
    m_rowBlock.resize(kBlockRows * columns);
    std::size_t blockRows = 0;
    const std::string_view text = reader.rest();
    const char *p = text.data();
    const char *const end = p + text.size();
    qsizetype added = 0;
    while (true) {
        double *const row = m_rowBlock.data() + blockRows * columns;
        const char *rowEnd = scanPlainFields(delimiter, p, end, columns, m_decimalMark, row);
        // A row ends at LF, CRLF or CR, as LineReader reads it; a last line without one is
        // left to LineReader, which tells that it was unterminated.
        if (!rowEnd || rowEnd == end || (*rowEnd != '\n' && *rowEnd != '\r'))
            break;
        if (stopAt && row[stopAt->column] == stopAt->value)
            break;
        rowEnd += *rowEnd == '\r' && rowEnd + 1 != end && rowEnd[1] == '\n' ? 2 : 1;
        if (added == 0) // room for the rest of the text in rows as long as this one
            reserveRows(1 + (end - rowEnd) / (rowEnd - p));
        ++added;
        p = rowEnd;
        if (++blockRows == kBlockRows) {
            appendRowBlock(blockRows);
            blockRows = 0;
        }
    }
    appendRowBlock(blockRows);
    reader.skipLines(std::size_t(p - text.data()), added);
    m_plainRows += added;
    m_rows += added;
    return added;
}

void NumericTableBuilder::appendRowBlock(std::size_t rows)
{
    const std::size_t columns = m_values.size();
    for (std::size_t c = 0; c < columns; ++c) {
        std::vector<double> &values = m_values[c];
        values.resize(values.size() + rows);
        double *to = values.data() + values.size() - rows;
        const double *from = m_rowBlock.data() + c;
        for (std::size_t r = 0; r < rows; ++r, from += columns)
            to[r] = *from;
    }
}

void NumericTableBuilder::addPlainRow()
{
    for (std::size_t c = 0; c < m_plainRow.size(); ++c)
        m_values[c].push_back(m_plainRow[c]);
    ++m_plainRows;
    ++m_rows;
}

void NumericTableBuilder::reserveRows(qsizetype rows)
{
    for (std::vector<double> &values : m_values)
        values.reserve(values.size() + std::size_t(std::max<qsizetype>(rows, 0)));
}

void NumericTableBuilder::addLine(std::string_view line, Delimiter delimiter, qint64 lineNumber)
{
    if (parsePlainRow(line, delimiter)) {
        addPlainRow();
        return;
    }
    splitFields(line, delimiter, m_lineFields);
    addRow(m_lineFields, lineNumber);
}

std::vector<Column> NumericTableBuilder::finish(std::vector<Diagnostic> &diagnostics)
{
    // A message is written only for a tally that counted something.
    auto report = [&](Severity severity, const char *code, const Tally &tally, auto message) {
        if (tally.count > 0)
            diagnostics.push_back(Diagnostic{severity, QString::fromLatin1(code), message(tally.firstDetail),
                                             m_fileName, tally.firstLine, tally.count});
    };
    auto tr = [](const char *text) { return QCoreApplication::translate("NumericTableBuilder", text); };
    report(Severity::Warning, "short_row", m_shortRows,
           [&](const QString &detail) { return tr("row skipped: too few fields (%1)").arg(detail); });
    report(Severity::Warning, "long_row", m_longRows,
           [&](const QString &detail) { return tr("row skipped: too many fields (%1)").arg(detail); });

    std::vector<Column> columns;
    for (std::size_t c = 0; c < m_specs.size(); ++c) {
        const ColumnSpec &spec = m_specs[c];
        if (m_numbersSeen[c] == 0 && m_plainRows == 0 && m_rows > 0 && m_textCells[c].count > 0) {
            diagnostics.push_back(
                Diagnostic{Severity::Info, QStringLiteral("text_column"),
                           tr("column \"%1\" holds text, not numbers; left out").arg(spec.name), m_fileName,
                           m_textCells[c].firstLine, 1});
            continue;
        }
        report(Severity::Warning, "not_a_number", m_textCells[c], [&](const QString &detail) {
            return tr("column \"%1\": \"%2\" is not a number; kept as a gap").arg(spec.name, detail);
        });
        report(Severity::Warning, "out_of_range", m_outOfRange[c], [&](const QString &detail) {
            return tr("column \"%1\": %2 is out of the range of numbers; kept as a gap")
                .arg(spec.name, detail);
        });

        Column column;
        column.name = spec.name;
        column.originalUnit = spec.unit;
        column.values = std::move(m_values[c]);
        if (column.values.capacity() > column.values.size() + column.values.size() / 8)
            column.values.shrink_to_fit(); // room reserved for rows that did not come
        const std::optional<UnitConversion> conversion = conversionForUnit(spec.unit);
        if (conversion) {
            column.unit = internalUnitSymbol(conversion->dimension);
            // A local copy: the values could alias it, and the loop would reload it every turn.
            if (const UnitConversion local = *conversion; !local.isIdentity())
                for (double &v : column.values)
                    v = local.toInternal(v);
        } else {
            column.unit = spec.unit;
            diagnostics.push_back(Diagnostic{
                Severity::Warning, QStringLiteral("unknown_unit"),
                tr("column \"%1\": unknown unit \"%2\"; values kept as written").arg(spec.name, spec.unit),
                m_fileName, 0, 1});
        }
        // Not value_or(): classifyColumn runs regular expressions; skip it when the role is given.
        column.quantity = spec.quantity ? *spec.quantity
                                        : classifyColumn(spec.name, conversion ? conversion->dimension
                                                                               : Dimension::Unknown);
        columns.push_back(std::move(column));
    }
    m_values.assign(m_specs.size(), {});
    m_rows = 0;
    m_plainRows = 0;
    return columns;
}

} // namespace gb
