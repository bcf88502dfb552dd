#pragma once
// Helpers shared by the DSC importers in this folder: header text, sample names and masses, column
// descriptions for NumericTableBuilder, decimal-mark sniffing and cutting one table into curves.

#include "data/Dataset.h"
#include "io/Importer.h"
#include "io/text/FieldSplitter.h"
#include "io/text/NumericTableBuilder.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace gb::dscio {

/// Header key/value pairs in file order, as DatasetMetadata::header holds them.
using HeaderList = QList<QPair<QString, QString>>;

/// Value of the first `key` (case-insensitive) in `first`, else in `second`; empty when absent.
QString headerValue(const HeaderList &first, const HeaderList &second, const QString &key);

/// QString of a UTF-8 view with blanks (space, tab) trimmed at both ends.
QString trimmedText(std::string_view text);

/// A text file kept in its own bytes so that its numbers (ASCII in every encoding but UTF-16/32)
/// are parsed in place, without transcoding the whole file first. UTF-16 and UTF-32 files are
/// decoded to UTF-8 instead. Pieces of text (names, units, header values) are decoded one by one
/// with text(): UTF-8 when they are valid UTF-8, else Windows-1252.
struct RawText {
    QByteArray bytes;     ///< the file's bytes, or its UTF-8 text for UTF-16/32 files
    std::size_t skip = 0; ///< bytes of a UTF-8 byte order mark at the start of `bytes`

    std::string_view view() const
    {
        return std::string_view(bytes.constData() + skip, std::size_t(bytes.size()) - skip);
    }
    /// A piece of view(), blanks trimmed, decoded to Unicode.
    QString text(std::string_view piece) const;
};

/// Reads the whole device into a RawText. Errors when it cannot be read or is larger than
/// kMaxImportBytes; a UTF-16 file of odd length gives a warning in `diagnostics`.
Result<RawText> readRawText(QIODevice &device, const QString &fileName, std::vector<Diagnostic> &diagnostics);

/// Repairs text in which a ° or µ was replaced by U+FFFD (a Windows-1252 export read as UTF-8
/// somewhere on its way): U+FFFD before 'C', 'F' or 'K' becomes '°' ("25�C" → "25°C"), U+FFFD
/// before another letter becomes 'µ' ("�V" → "µV"). Other text is returned unchanged.
QString repairReplacementCharacters(QString text);

/// Mass in mg from a value with an optional mass unit: "34.04 mg", "9.00000\tmg", "484 ng", "77.8".
/// `defaultUnit` applies when the text has no unit. Empty when the text is not a mass.
std::optional<double> parseMassMg(const QString &text, const QString &defaultUnit = QStringLiteral("mg"));

/// A sample description split into name and mass: "AuMG 0.000484 mg" → {"AuMG", 0.000484};
/// "Duran - MAC250-MS20 34.04mg" → {"Duran - MAC250-MS20", 34.04}. Without a trailing mass the
/// whole text is the name.
struct SampleText {
    QString name;
    std::optional<double> massMg;
};
SampleText splitSampleAndMass(const QString &text);

/// Gives repeated column names a suffix (" (2)", " (3)", ...) so that every name is unique.
void makeNamesUnique(std::vector<ColumnSpec> &columns);

/// The specs to hand to NumericTableBuilder for `declared` columns: a unit Glassbench cannot
/// convert (gas flow "ml/min", sensitivity "uV/mW") is passed on as no unit with the role Other,
/// so that it is not reported as an unknown unit; finishColumns() puts it back.
std::vector<ColumnSpec> builderSpecs(const std::vector<ColumnSpec> &declared);

/// Finishes `builder` (made from builderSpecs(declared)) and restores the units that Glassbench does
/// not convert, with one Info diagnostic naming those columns.
std::vector<Column> finishColumns(NumericTableBuilder &builder, const std::vector<ColumnSpec> &declared,
                                  const QString &fileName, std::vector<Diagnostic> &diagnostics);

/// Decimal mark that the numeric rows at the start of `text` show: ',' when the first up to
/// `maxLines` non-empty rows hold numbers with a decimal comma ("25,0") and none with a point, '.'
/// when they hold numbers with a point and none with a comma, else nothing (no evidence, or both).
/// Stops at the first line that does not start like a number. Always '.' for comma-delimited rows.
std::optional<char> evidentDecimalMark(std::string_view text, Delimiter delimiter, int maxLines = 50);

/// evidentDecimalMark(), '.' without evidence.
char sniffDecimalMark(std::string_view text, Delimiter delimiter, int maxLines = 50);

/// Rows [begin, end) of every column.
std::vector<Column> sliceColumns(const std::vector<Column> &columns, qsizetype begin, qsizetype end);

/// Runs of equal values in `key` as [begin, end) row ranges; NaN joins the run before it.
std::vector<std::pair<qsizetype, qsizetype>> runsOfEqualValues(const std::vector<double> &key);

/// When a column named "Ts" is the sample temperature, every other Temperature column becomes a
/// ProgramTemperature, so that Dataset::column(Quantity::Temperature) finds Ts.
void preferSampleTemperature(std::vector<Column> &columns);

/// True when `text` holds nothing but blanks and line breaks (an empty file, for the user).
bool isBlank(std::string_view text);

/// True when a line of `text` (any line ending) starts with `prefix`.
bool hasLineStartingWith(std::string_view text, std::string_view prefix);

/// True when the trimmed line starts like a number: a digit, a sign or a decimal point.
bool startsLikeNumber(std::string_view line);

/// The Error for a file in which no curve kept a row. It names the first warning found on the
/// way (the reason rows were skipped), or `line` when there was none.
Error noDataError(const QString &fileName, const std::vector<Diagnostic> &diagnostics, qint64 line,
                  const QString &what);

} // namespace gb::dscio
