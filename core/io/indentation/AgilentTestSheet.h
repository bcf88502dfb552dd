#pragma once

#include "data/Dataset.h"
#include "io/indentation/FreeXlWorkbook.h"
#include "support/Error.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace gb {

/// Findings that repeat over the sheets of a workbook (the same column invalid in every test),
/// summed into one diagnostic each: the first occurrence keeps its message and row, the counts add.
class FindingTally {
public:
    void add(const QString &key, const Diagnostic &diagnostic);
    void appendTo(std::vector<Diagnostic> &diagnostics) const;

private:
    QStringList m_order;
    QHash<QString, Diagnostic> m_items;
};

/// The cells of one sheet: what readAgilentTestSheet reads. A workbook sheet gives them
/// (see WorkbookSheet), a table in memory can too.
class SheetCells {
public:
    virtual ~SheetCells() = default;
    virtual unsigned rowCount() const = 0;
    virtual unsigned columnCount() const = 0;
    /// 0-based row and column; Empty when out of range.
    virtual XlsCell cell(unsigned row, unsigned column) const = 0;
};

/// One sheet of a FreeXlWorkbook, selected for reading. Valid while no other sheet is selected.
class WorkbookSheet final : public SheetCells {
public:
    /// Selects `sheet`; ok() is false when libfreexl cannot.
    WorkbookSheet(FreeXlWorkbook &book, int sheet);
    bool ok() const { return m_ok; }
    unsigned rowCount() const override { return m_rows; }
    unsigned columnCount() const override { return m_columns; }
    XlsCell cell(unsigned row, unsigned column) const override { return m_book.cell(row, column); }

private:
    FreeXlWorkbook &m_book;
    unsigned m_rows = 0;
    unsigned m_columns = 0;
    bool m_ok = false;
};

/// Reads one NanoSuite "Test nnn" sheet (names row, units row, numbers; marker text in the
/// "Segment" column; 1.7976931348623157e+308 = invalid → NaN) into a dataset in internal units.
/// Findings (invalid values, text and empty cells, unknown units, markers) go to `findings`, with
/// the 1-based sheet row as line. Errors when the sheet has no data rows or no depth and load
/// columns. Thread-safe for separate sheets.
Result<std::shared_ptr<Dataset>> readAgilentTestSheet(const SheetCells &sheet, const QString &sheetName,
                                                      const QString &fileName, FindingTally &findings);

} // namespace gb
