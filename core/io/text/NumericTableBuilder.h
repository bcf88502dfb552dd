#pragma once

#include "data/Dataset.h"
#include "support/Error.h"

#include <optional>
#include <string_view>
#include <vector>

namespace gb {

/// A column as a file's header describes it.
struct ColumnSpec {
    QString name;
    QString unit;                     ///< as written in the file; empty when none
    std::optional<Quantity> quantity; ///< overrides the role guessed from name and unit
};

/// Collects the numeric rows of one table and turns them into unit-converted Columns.
/// Nothing is dropped silently: rows with the wrong number of fields are skipped and counted,
/// cells that are not numbers become NaN and are counted, gap markers become NaN, and a column
/// in which no cell is a number (a date or a comment column) is left out with a note.
class NumericTableBuilder {
public:
    NumericTableBuilder(QString fileName, std::vector<ColumnSpec> columns, char decimalMark = '.');

    /// Adds one row of already split fields read from 1-based `line`. Trailing empty fields
    /// beyond the column count (a trailing delimiter) are ignored.
    void addRow(const std::vector<std::string_view> &fields, qint64 line);

    qsizetype rowCount() const { return m_rows; }
    qsizetype columnCount() const { return qsizetype(m_specs.size()); }

    /// Converts every column to internal units and appends the findings to `diagnostics`.
    /// The builder is empty afterwards.
    std::vector<Column> finish(std::vector<Diagnostic> &diagnostics);

private:
    struct Tally {
        qint64 count = 0;
        qint64 firstLine = 0;
        QString firstDetail;
        void add(qint64 line, const QString &detail = {});
    };

    QString m_fileName;
    std::vector<ColumnSpec> m_specs;
    char m_decimalMark;
    std::vector<std::vector<double>> m_values;
    std::vector<Tally> m_textCells;    ///< per column
    std::vector<Tally> m_outOfRange;   ///< per column
    std::vector<qint64> m_numbersSeen; ///< per column
    Tally m_shortRows;
    Tally m_longRows;
    qsizetype m_rows = 0;
};

} // namespace gb
