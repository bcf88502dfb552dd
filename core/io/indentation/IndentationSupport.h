#pragma once

// Pieces the nanoindentation importers share: the decimal mark of a tab-separated data block,
// the one-column-per-role rule for indents, and how an indent dataset is assembled.

#include "data/Dataset.h"
#include "io/Importer.h"
#include "io/text/TextDecoding.h"

#include <string_view>
#include <vector>

namespace gb {

/// A text file read for a header-then-numbers layout without transcoding anything. When the
/// bytes are ASCII-compatible (no byte order mark, not UTF-16/32), `head` is the first 64 KiB
/// (cut after a line end) of the file's own bytes, in `headEncoding` (ASCII, UTF-8 or
/// Windows-1252), and `body` holds the whole file: the lines of `head` and `body` match one for
/// one, ASCII markers are found in them as they are, the numbers are parsed in place, and only
/// the header pieces kept as text are decoded (text()). Otherwise the whole file is decoded and
/// `head` and `body` hold the same UTF-8 text.
struct HeadAndBody {
    QByteArray head;                                ///< the first lines, in headEncoding
    QByteArray body;                                ///< the file's bytes, or its UTF-8 text
    bool bodyIsHead = false;                        ///< the whole file was decoded: `body` == `head`
    TextEncoding headEncoding = TextEncoding::Utf8; ///< Windows-1252, or UTF-8 (ASCII included)

    /// A piece of `head` (or `body`) as text.
    QString text(std::string_view piece) const;
    /// How long `head` is in UTF-8.
    qsizetype decodedHeadSize() const;
};

/// Reads the whole device as a HeadAndBody. Errors when it cannot be read or is larger than
/// kMaxImportBytes; a UTF-16 file of odd length gives a warning in `diagnostics`.
Result<HeadAndBody> readHeadAndBody(QIODevice &device, const QString &fileName,
                                    std::vector<Diagnostic> &diagnostics);

/// Byte offset in `text` just after its first `lines` lines (LF, CRLF or CR endings).
std::size_t offsetAfterLines(std::string_view text, qint64 lines);

/// The decimal mark of the tab-separated numbers in `text` from byte `offset` on, judged from
/// up to 50 non-blank lines: '.' when any number has a point, ',' when numbers such as "0,5"
/// occur and none has a point, '.' otherwise. The option "decimal" ("." or ",") overrides the
/// evidence. Thread-safe.
char indentDecimalMark(std::string_view text, std::size_t offset, const ImportOptions &options);

/// True for a line holding only blanks.
bool isBlankLine(std::string_view line);

/// The role of an indent column from its unit: a length is Depth, a force Load, a time Time, a
/// voltage Voltage, a pressure named "...modulus..." Modulus, anything else Other. Cheaper than
/// classifyColumn (no pattern matching on names), which matters for arrays of many small files.
Quantity indentQuantity(const QString &name, const QString &unit);

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
