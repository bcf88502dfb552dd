#pragma once

#include "data/Dataset.h"
#include "io/text/NumericTableBuilder.h"

#include <string_view>
#include <vector>

namespace gb {

/// Counts gap cells ("", "---", "nan", "-1.#IND", ...) per column of a table fed to a
/// NumericTableBuilder, so that an importer can say how many missing values it kept as NaN
/// (methods.md §6.5 P14). Rows the builder skips (wrong field count) are not counted.
class GapCounter {
public:
    explicit GapCounter(std::size_t columnCount) : m_counts(columnCount, 0), m_firstLines(columnCount, 0) {}

    /// Looks at one row as given to NumericTableBuilder::addRow.
    void addRow(const std::vector<std::string_view> &fields, qint64 line, char decimalMark);

    struct Total {
        qint64 count = 0;
        qint64 firstLine = 0;
    };
    /// Gaps in the columns the builder kept: `columns` is what NumericTableBuilder::finish made of
    /// `specs` (text columns left out, order kept).
    Total total(const std::vector<ColumnSpec> &specs, const std::vector<Column> &columns) const;

private:
    std::vector<qint64> m_counts;
    std::vector<qint64> m_firstLines;
};

} // namespace gb
