#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace gb {

/// A result table of interfaces.md §3: named columns, one row per result. Cells hold text or
/// a number; a number that could not be computed is left empty, never written as 0 or NaN.
class ResultTable {
public:
    using Cell = std::variant<std::monostate, double, QString>;

    explicit ResultTable(QStringList columns);

    const QStringList &columns() const { return m_columns; }
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }

    /// Starts a new row; the setters below fill it.
    void addRow();
    /// Sets a cell of the last row. Non-finite numbers and std::nullopt give an empty cell.
    /// Setting a column the table does not have is a programmer error (asserted).
    void set(const QString &column, double value);
    void set(const QString &column, std::optional<double> value);
    void set(const QString &column, const QString &text);

    const Cell &cell(qsizetype row, const QString &column) const;
    /// The cell as it appears in the CSV.
    QString text(qsizetype row, const QString &column) const;

    /// CSV text: UTF-8, one header row, '.' decimal point, numbers in the shortest form that
    /// reads back as exactly the same double (at least 10 significant digits of precision),
    /// RFC 4180 quoting where a cell needs it, LF line ends.
    QByteArray toCsv() const;

private:
    qsizetype columnIndex(const QString &column) const;

    QStringList m_columns;
    std::vector<std::vector<Cell>> m_rows;
};

/// Writes the table atomically (QSaveFile) to `path`.
Status writeResultTable(const ResultTable &table, const QString &path);

} // namespace gb
