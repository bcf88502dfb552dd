#pragma once

#include "io/text/FieldSplitter.h"

#include <cstddef>

namespace gb {

/// Reads `columns` plain decimal numbers (scanPlainDecimal) separated by `delimiter` from
/// [p, end) into `row`: blanks around them, as splitFields trims them (or splits at them, for
/// Whitespace), and empty fields after the last one are allowed. Returns where the row's
/// fields stopped, which is its end when that is `end` or a line terminator; nullptr when the
/// text is not such a row. The one-pass fast path of NumericTableBuilder.
const char *scanPlainFields(Delimiter delimiter, const char *p, const char *end, std::size_t columns,
                            char decimalMark, double *row);

/// A decimal mark that is also the separator makes every row ambiguous: no plain rows then.
bool plainRowsPossible(Delimiter delimiter, char decimalMark);

} // namespace gb
