#include "io/generic/GapCounter.h"

#include "io/text/NumberParsing.h"

namespace gb {

void GapCounter::addRow(const std::vector<std::string_view> &fields, qint64 line, char decimalMark)
{
    std::size_t used = fields.size();
    while (used > m_counts.size() && fields[used - 1].empty())
        --used;
    if (used != m_counts.size())
        return;
    for (std::size_t c = 0; c < used; ++c)
        if (parseNumber(fields[c], decimalMark).status == NumberStatus::Gap && m_counts[c]++ == 0)
            m_firstLines[c] = line;
}

GapCounter::Total GapCounter::total(const std::vector<ColumnSpec> &specs,
                                    const std::vector<Column> &columns) const
{
    Total total;
    std::size_t kept = 0;
    for (std::size_t c = 0; c < specs.size() && c < m_counts.size() && kept < columns.size(); ++c) {
        if (columns[kept].name != specs[c].name)
            continue; // left out by the builder
        ++kept;
        if (m_counts[c] == 0)
            continue;
        total.count += m_counts[c];
        if (total.firstLine == 0 || m_firstLines[c] < total.firstLine)
            total.firstLine = m_firstLines[c];
    }
    return total;
}

} // namespace gb
