#pragma once

#include "io/ResultTable.h"
#include "support/Error.h"

#include <vector>

namespace gb {

/// The result tables one technique's campaign analysis produces, by file name
/// (e.g. "dsc_peaks.csv"), with the findings worth showing a person.
struct AnalysisTables {
    struct NamedTable {
        QString fileName;
        ResultTable table;
    };
    std::vector<NamedTable> tables;
    std::vector<Diagnostic> diagnostics;
    bool someRowsFailed = false; ///< a row's status is not "ok"
};

} // namespace gb
