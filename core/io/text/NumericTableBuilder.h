#pragma once

#include "data/Dataset.h"
#include "io/text/FieldSplitter.h"
#include "support/Error.h"

#include <optional>
#include <string_view>
#include <vector>

namespace gb {

class LineReader;

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

    /// Adds one line of the table: split at `delimiter` and added as addRow() does, with a
    /// fast path for the common line of plain decimal numbers (one pass, no field list).
    void addLine(std::string_view line, Delimiter delimiter, qint64 lineNumber);

    /// The fast path on its own, for readers that look at a row before adding it: true when
    /// `line` holds exactly columnCount() plain decimal numbers (scanPlainDecimal) separated
    /// by `delimiter` (blanks around them, trailing empty fields allowed), which addRow()
    /// would take as they are; their values are then in plainRow() until addPlainRow() adds
    /// them. False when the line needs splitFields() and addRow(); nothing is added.
    bool parsePlainRow(std::string_view line, Delimiter delimiter);
    const std::vector<double> &plainRow() const { return m_plainRow; }
    void addPlainRow();

    /// A value that marks a row as something else than data (a segment break, say).
    struct RowMarker {
        std::size_t column;
        double value;
    };
    /// Adds the run of plain rows at `reader`'s position, rows parsePlainRow() would take, each
    /// ended by LF, CRLF or CR, and moves the reader past them: the bulk of a table is read
    /// in one pass, without finding its lines first. Stops before the first line that is not
    /// such a row (blank, text, a last line without terminator, a row with `stopAt`'s value),
    /// which the caller reads with next() as before. Returns the number of rows added.
    qsizetype addPlainRows(LineReader &reader, Delimiter delimiter,
                           std::optional<RowMarker> stopAt = std::nullopt);

    /// Makes room for `rows` more rows (a count the file announces), so that the columns do not
    /// grow step by step. Only a hint: more or fewer rows may come.
    void reserveRows(qsizetype rows);

    qsizetype rowCount() const { return m_rows; }
    qsizetype columnCount() const { return qsizetype(m_specs.size()); }

    /// Converts every column to internal units and appends the findings to `diagnostics`.
    /// The builder is empty afterwards.
    std::vector<Column> finish(std::vector<Diagnostic> &diagnostics);

private:
    /// Appends the first `rows` rows of m_rowBlock to the columns.
    void appendRowBlock(std::size_t rows);

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
    std::vector<qint64> m_numbersSeen; ///< per column, in rows that were split (addRow)
    qint64 m_plainRows = 0;            ///< rows of plain numbers only (addPlainRow)
    Tally m_shortRows;
    Tally m_longRows;
    qsizetype m_rows = 0;
    std::vector<double> m_plainRow;             ///< the values parsePlainRow() found
    std::vector<double> m_rowBlock;             ///< rows addPlainRows() scanned, one after the other
    std::vector<std::string_view> m_lineFields; ///< addLine()'s split fields, reused
};

} // namespace gb
