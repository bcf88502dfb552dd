#pragma once

#include "io/generic/DecimalMarkEvidence.h"
#include "io/text/FieldSplitter.h"
#include "support/Result.h"

#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gb {

/// Splits lines of one table the same way every time: plain splitFields, or RFC 4180 quoting
/// when the table uses quotes. The returned views stay valid until the next call.
class TableLineSplitter {
public:
    TableLineSplitter(Delimiter delimiter, bool quoted) : m_delimiter(delimiter), m_quoted(quoted) {}

    const std::vector<std::string_view> &split(std::string_view line);

private:
    Delimiter m_delimiter;
    bool m_quoted;
    std::vector<std::string_view> m_views;
    std::vector<std::string> m_owned;
};

/// What a person may tell the sniffer instead of letting it guess (1-based line numbers;
/// a row of 0 means "there is none").
struct TableLayoutHints {
    std::optional<Delimiter> delimiter;
    std::optional<char> decimalMark;
    std::optional<qint64> headerRow;
    std::optional<qint64> unitsRow;
};

/// Where the parts of a delimited table are. Line numbers are 1-based; 0 means absent.
struct TableLayout {
    Delimiter delimiter = Delimiter::Tab;
    bool quoted = false;
    char decimalMark = '.';
    bool decimalAmbiguous = false; ///< comma and point evidence both seen (and no hint given)
    DecimalMarkEvidence decimalEvidence;
    int fieldCount = 0; ///< fields per data row (trailing delimiter not counted)
    qint64 namesLine = 0;
    qint64 unitsLine = 0;
    qint64 firstDataLine = 0;
};

/// Finds the delimiter, the header rows, the first data row and the decimal mark of a table
/// (methods.md §6.4). `lines` holds every line of the text, index 0 being line 1; the views
/// must stay valid during the call. Errors (with the line) when no delimiter gives a constant
/// field count of at least 2 on the first data lines, or when a hint points past the end.
/// Pure and thread-safe.
Result<TableLayout> sniffDelimitedTable(const std::vector<std::string_view> &lines,
                                        const TableLayoutHints &hints, const QString &fileName);

/// The cells of a header line, trailing empty cells (a trailing delimiter) dropped.
QStringList headerCells(TableLineSplitter &splitter, std::string_view line);

/// True when the cell is a number with a decimal point or a decimal comma.
bool isNumericCell(std::string_view cell);
/// True when the cell is a number or a gap marker ("", "---", "nan", ...).
bool isNumberOrGap(std::string_view cell);

} // namespace gb
