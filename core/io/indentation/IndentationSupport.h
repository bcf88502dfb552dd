#pragma once

// Pieces the nanoindentation importers share: the decimal mark of a tab-separated data block,
// the one-column-per-role rule for indents, and how an indent dataset is assembled.

#include "data/Dataset.h"
#include "io/Importer.h"

#include <string_view>
#include <vector>

namespace gb {

/// The decimal mark of the tab-separated numbers in `text` from byte `offset` on, judged from
/// up to 50 non-blank lines: '.' when any number has a point, ',' when numbers such as "0,5"
/// occur and none has a point, '.' otherwise. The option "decimal" ("." or ",") overrides the
/// evidence. Thread-safe.
char indentDecimalMark(std::string_view text, std::size_t offset, const ImportOptions &options);

/// True for a line holding only blanks.
bool isBlankLine(std::string_view line);

/// Makes sure at most one column carries each of the roles Depth, Load and Time: the column
/// whose name is in `preferred` keeps the role, or else the first one; the others become
/// Quantity::Other. Columns of roles an indent does not use (stress, strain, temperature, ...)
/// become Quantity::Other too, except Modulus and Voltage.
void assignIndentRoles(std::vector<Column> &columns, const QStringList &preferred = {});

/// Error unless the columns hold a Depth and a Load column. `line` is where the header was.
Status requireIndentColumns(const std::vector<Column> &columns, const QString &fileName, qint64 line);

/// The curve name of a one-indent file: its name without folder and last suffix.
QString indentCurveName(const QString &fileName);

/// Cross-checks the row count a header announced with the rows read: a warning on mismatch.
void checkAnnouncedRows(qint64 announced, qsizetype read, const QString &fileName, qint64 line,
                        std::vector<Diagnostic> &diagnostics);

} // namespace gb
