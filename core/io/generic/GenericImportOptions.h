#pragma once

#include "io/Importer.h"
#include "io/generic/DelimitedTableSniffer.h"

#include <map>

namespace gb {

/// The ImportOptions the generic delimited-text importer honours, checked and parsed.
/// Keys (all optional; column numbers and rows are 1-based):
/// - "delimiter": tab | semicolon | comma | whitespace
/// - "decimal": "." or ","
/// - "header_row": line of the column names (0: the file has none)
/// - "units_row": line of the units (0: the file has none)
/// - "column.<n>.quantity": role of column n as a quantityId ("time", "temperature", "heat_flow",
///   "stress", "strain", "modulus", "load", "depth", "other", ...)
/// - "column.<n>.unit": unit of column n as written in a header ("s", "°C", "Pa", "mN", ...);
///   overrides the file and is the only way to give a unit to a file that has none
struct GenericImportOptions {
    TableLayoutHints hints;
    std::map<int, Quantity> quantities; ///< column number (1-based) -> role
    std::map<int, QString> units;       ///< column number (1-based) -> unit text
};

/// Parses `options`. Errors (code "bad_option", naming `fileName`) on a value that cannot be
/// understood; unknown keys are ignored, as the Importer interface says.
Result<GenericImportOptions> parseGenericImportOptions(const ImportOptions &options, const QString &fileName);

} // namespace gb
