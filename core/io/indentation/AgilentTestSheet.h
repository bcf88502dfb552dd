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

/// Reads one NanoSuite "Test nnn" sheet (names row, units row, numbers; marker text in the
/// "Segment" column; 1.7976931348623157e+308 = invalid → NaN) into a dataset in internal units.
/// Errors when the sheet has no data rows or no depth and load columns; `line` is a sheet row.
Result<std::shared_ptr<Dataset>> readAgilentTestSheet(FreeXlWorkbook &book, int sheet,
                                                      const QString &sheetName, const QString &fileName,
                                                      FindingTally &findings);

} // namespace gb
