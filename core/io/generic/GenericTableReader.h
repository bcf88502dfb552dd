#pragma once

#include "data/Dataset.h"
#include "io/generic/DelimitedTableSniffer.h"
#include "io/generic/GenericImportOptions.h"

#include <string_view>
#include <vector>

namespace gb {

/// Reads the table `layout` describes into one Dataset: column names and units from the header
/// rows (or the options), roles by name and unit (conflicts reported), every data row through a
/// NumericTableBuilder, `key = value` / `key: value` lines above the header kept as metadata.
/// Findings go to `diagnostics`: ambiguous roles, columns without a unit (values kept as written,
/// unit left empty, never guessed from magnitudes), gap cells, blank lines inside the data, and a
/// "Number of points" header that disagrees with the rows read, and a last row that the file
/// ends inside of (`endsInsideLine`: no line end after it) when its last cell is empty — the
/// mark of a file cut off after a delimiter. Errors when no row is read.
/// `lines` holds every line of the file (index 0 = line 1). Thread-safe.
Result<DatasetPtr> readGenericTable(const std::vector<std::string_view> &lines, bool endsInsideLine,
                                    const TableLayout &layout, const GenericImportOptions &options,
                                    const QString &fileName, const QString &formatId,
                                    const QString &curveName, std::vector<Diagnostic> &diagnostics);

} // namespace gb
