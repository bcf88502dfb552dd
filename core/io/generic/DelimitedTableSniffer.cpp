#include "io/generic/DelimitedTableSniffer.h"

#include "io/generic/ColumnHeaders.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"

#include <QCoreApplication>

#include <array>
#include <map>

namespace gb {

namespace {
constexpr int kSampleLines = 50;
constexpr std::array<Delimiter, 4> kCandidates = {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma,
                                                  Delimiter::Whitespace};

QString tr(const char *text)
{
    return QCoreApplication::translate("DelimitedTableSniffer", text);
}

bool isBlank(std::string_view line)
{
    return trimmed(line).empty();
}

/// True when more than half of the tokens between blanks, tabs, commas and semicolons are
/// numbers: a cheap, delimiter-free test for "this line is data, not a header".
bool mostlyNumeric(std::string_view line)
{
    auto isSeparator = [](char c) { return c == ' ' || c == '\t' || c == ';' || c == ','; };
    int tokens = 0;
    int numbers = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSeparator(line[i]))
            ++i;
        if (i == line.size())
            break;
        const std::size_t start = i;
        while (i < line.size() && !isSeparator(line[i]))
            ++i;
        ++tokens;
        if (parseNumber(line.substr(start, i - start), '.').ok())
            ++numbers;
    }
    return numbers > 0 && 2 * numbers > tokens;
}

/// Start of the first run of (up to) five non-blank lines that are all mostlyNumeric(): header
/// lines such as "TempCal<TAB>1<TAB>pts<TAB>157.87" may look numeric one at a time, not in a run.
/// Falls back to the first mostlyNumeric() line.
std::optional<std::size_t> firstNumericRun(const std::vector<std::string_view> &lines, std::size_t from)
{
    constexpr int kRun = 5;
    std::optional<std::size_t> first;
    std::optional<std::size_t> runStart;
    int run = 0;
    for (std::size_t i = from; i < lines.size(); ++i) {
        if (isBlank(lines[i]))
            continue;
        if (!mostlyNumeric(lines[i])) {
            run = 0;
            continue;
        }
        if (!first)
            first = i;
        if (run++ == 0)
            runStart = i;
        if (run == kRun)
            return runStart;
    }
    return run > 0 ? runStart : first; // a short table at the end of the file
}

/// Field count of a line, remembering whether the last field is empty (a trailing delimiter).
struct FieldCount {
    int raw = 0;
    bool trailingEmpty = false;
    bool matches(int count) const { return raw == count || (trailingEmpty && raw == count + 1); }
};

FieldCount countFields(TableLineSplitter &splitter, std::string_view line)
{
    const auto &fields = splitter.split(line);
    return {int(fields.size()), !fields.empty() && fields.back().empty()};
}

struct Candidate {
    Delimiter delimiter = Delimiter::Tab;
    bool quoted = false;
    int fieldCount = 0;
    int matching = 0;
    double numericShare = 0.0;
    bool valid = false;
};

Candidate evaluate(Delimiter delimiter, const std::vector<std::string_view> &sample)
{
    Candidate candidate{delimiter, false, 0, 0, 0.0, false};
    if (delimiter != Delimiter::Whitespace)
        for (std::string_view line : sample)
            if (line.find('"') != std::string_view::npos)
                candidate.quoted = true;
    TableLineSplitter splitter(delimiter, candidate.quoted);
    std::vector<FieldCount> counts;
    std::map<int, int> support; // field count -> lines it fits
    for (std::string_view line : sample) {
        const FieldCount count = countFields(splitter, line);
        counts.push_back(count);
        ++support[count.raw];
        if (count.trailingEmpty)
            ++support[count.raw - 1];
    }
    for (const auto &[fields, lines] : support) // ascending: ties go to the smaller count
        if (lines > candidate.matching) {
            candidate.fieldCount = fields;
            candidate.matching = lines;
        }
    candidate.valid = candidate.fieldCount > 1 && 10 * candidate.matching >= 9 * int(sample.size());
    if (!candidate.valid)
        return candidate;
    qint64 cells = 0;
    qint64 numeric = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        if (!counts[i].matches(candidate.fieldCount))
            continue;
        const auto &fields = splitter.split(sample[i]);
        for (int c = 0; c < candidate.fieldCount; ++c, ++cells)
            if (isNumberOrGap(fields[std::size_t(c)]))
                ++numeric;
    }
    candidate.numericShare = cells > 0 ? double(numeric) / double(cells) : 0.0;
    return candidate;
}

std::optional<std::size_t> previousNonBlank(const std::vector<std::string_view> &lines, std::size_t before)
{
    while (before > 0) {
        --before;
        if (!isBlank(lines[before]))
            return before;
    }
    return std::nullopt;
}

std::optional<std::size_t> nextNonBlank(const std::vector<std::string_view> &lines, std::size_t from)
{
    for (; from < lines.size(); ++from)
        if (!isBlank(lines[from]))
            return from;
    return std::nullopt;
}

QStringList cellsOf(TableLineSplitter &splitter, std::string_view line)
{
    return headerCells(splitter, line);
}

/// A data row: the expected field count, every cell a number or a gap, at least one number.
bool isDataRow(TableLineSplitter &splitter, std::string_view line, int fieldCount)
{
    const auto &fields = splitter.split(line);
    const FieldCount count{int(fields.size()), !fields.empty() && fields.back().empty()};
    if (!count.matches(fieldCount))
        return false;
    bool anyNumber = false;
    for (int c = 0; c < fieldCount; ++c) {
        const std::string_view cell = fields[std::size_t(c)];
        if (!isNumberOrGap(cell))
            return false;
        anyNumber = anyNumber || isNumericCell(cell);
    }
    return anyNumber;
}

/// Weaker test for tables with text columns (dates, sample names): most cells are numbers.
bool isMostlyDataRow(TableLineSplitter &splitter, std::string_view line, int fieldCount)
{
    const auto &fields = splitter.split(line);
    const FieldCount count{int(fields.size()), !fields.empty() && fields.back().empty()};
    if (!count.matches(fieldCount))
        return false;
    int numbers = 0;
    for (int c = 0; c < fieldCount; ++c)
        numbers += isNumericCell(fields[std::size_t(c)]) ? 1 : 0;
    return 2 * numbers > fieldCount;
}

Error hintPastEnd(const QString &fileName, const char *hint, qint64 row, std::size_t lineCount)
{
    return makeError(QStringLiteral("bad_option"),
                     tr("option %1 = %2 is past the end of the file (%3 lines)")
                         .arg(QString::fromLatin1(hint))
                         .arg(row)
                         .arg(lineCount),
                     fileName, 0);
}
} // namespace

const std::vector<std::string_view> &TableLineSplitter::split(std::string_view line)
{
    if (!m_quoted) {
        splitFields(line, m_delimiter, m_views);
        return m_views;
    }
    splitQuotedCsv(line, delimiterChar(m_delimiter), m_owned);
    m_views.clear();
    for (const std::string &field : m_owned)
        m_views.emplace_back(field);
    return m_views;
}

QStringList headerCells(TableLineSplitter &splitter, std::string_view line)
{
    QStringList cells;
    for (std::string_view field : splitter.split(line))
        cells.append(QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed());
    while (!cells.isEmpty() && cells.back().isEmpty())
        cells.removeLast();
    return cells;
}

bool isNumericCell(std::string_view cell)
{
    return parseNumber(cell, '.').ok() || looksLikeDecimalComma(cell);
}

bool isNumberOrGap(std::string_view cell)
{
    if (isNumericCell(cell) || isGapMarker(cell))
        return true;
    return parseNumber(cell, '.').status == NumberStatus::Gap;
}

Result<TableLayout> sniffDelimitedTable(const std::vector<std::string_view> &lines,
                                        const TableLayoutHints &hints, const QString &fileName)
{
    const std::size_t lineCount = lines.size();
    if (!nextNonBlank(lines, 0))
        return makeError(QStringLiteral("no_data"), tr("the file holds no text"), fileName, 0);
    if (hints.headerRow && *hints.headerRow > qint64(lineCount))
        return hintPastEnd(fileName, "header_row", *hints.headerRow, lineCount);
    if (hints.unitsRow && *hints.unitsRow > qint64(lineCount))
        return hintPastEnd(fileName, "units_row", *hints.unitsRow, lineCount);

    // Lines given as header by the hints are never data.
    const std::size_t afterHints =
        std::size_t(std::max<qint64>({0, hints.headerRow.value_or(0), hints.unitsRow.value_or(0)}));

    // 1. The sample: up to 50 non-blank lines from the first run of lines that look like data.
    const std::size_t sampleStart = firstNumericRun(lines, afterHints).value_or(afterHints);
    std::vector<std::string_view> sample;
    for (std::size_t i = sampleStart; i < lineCount && int(sample.size()) < kSampleLines; ++i)
        if (!isBlank(lines[i]))
            sample.push_back(lines[i]);
    if (sample.empty())
        return makeError(QStringLiteral("no_data"), tr("no data rows after the header"), fileName,
                         qint64(afterHints));

    // 2. The delimiter: constant field count on >= 90 % of the sample, most numeric cells, then
    //    tab > semicolon > comma > blanks.
    std::optional<Candidate> chosen;
    for (Delimiter delimiter : kCandidates) {
        if (hints.delimiter && *hints.delimiter != delimiter)
            continue;
        const Candidate candidate = evaluate(delimiter, sample);
        if (!candidate.valid)
            continue;
        if (!chosen || candidate.numericShare > chosen->numericShare + 1e-9)
            chosen = candidate;
    }
    if (!chosen) {
        const QString reason =
            hints.delimiter
                ? tr("the given delimiter does not split the lines into a constant number (at least 2) "
                     "of fields")
                : tr("no delimiter (tab, semicolon, comma or blanks) splits the lines into a constant "
                     "number (at least 2) of fields");
        return makeError(QStringLiteral("no_table"), reason, fileName, qint64(sampleStart) + 1);
    }

    TableLayout layout;
    layout.delimiter = chosen->delimiter;
    layout.quoted = chosen->quoted;
    layout.fieldCount = chosen->fieldCount;
    TableLineSplitter splitter(layout.delimiter, layout.quoted);

    // 3. Header rows and the first data row.
    std::optional<std::size_t> dataStart;
    if (hints.headerRow) {
        layout.namesLine = *hints.headerRow;
        if (hints.unitsRow) {
            layout.unitsLine = *hints.unitsRow;
        } else if (layout.namesLine > 0) {
            const auto next = nextNonBlank(lines, std::size_t(layout.namesLine));
            if (next && looksLikeUnitsRow(cellsOf(splitter, lines[*next])) &&
                !isDataRow(splitter, lines[*next], layout.fieldCount))
                layout.unitsLine = qint64(*next) + 1;
        }
        dataStart = nextNonBlank(lines, std::size_t(std::max(layout.namesLine, layout.unitsLine)));
        if (!dataStart)
            return makeError(QStringLiteral("no_data"), tr("no data rows after the header"), fileName,
                             std::max(layout.namesLine, layout.unitsLine));
    } else {
        layout.unitsLine = hints.unitsRow.value_or(0);
        const std::size_t from = std::size_t(layout.unitsLine);
        for (std::size_t i = from; i < lineCount && !dataStart; ++i)
            if (!isBlank(lines[i]) && isDataRow(splitter, lines[i], layout.fieldCount))
                dataStart = i;
        for (std::size_t i = std::max(from, sampleStart); i < lineCount && !dataStart; ++i)
            if (!isBlank(lines[i]) && isMostlyDataRow(splitter, lines[i], layout.fieldCount))
                dataStart = i;
        if (!dataStart)
            return makeError(QStringLiteral("no_data"), tr("no row of numbers found"), fileName,
                             qint64(sampleStart) + 1);
        // The names row is the last line above the units row (when given) or above the data;
        // a units-like line there is the units row, and the names row sits above it.
        const std::size_t limit = layout.unitsLine > 0 ? std::size_t(layout.unitsLine - 1) : *dataStart;
        const auto above = previousNonBlank(lines, limit);
        if (above && cellsOf(splitter, lines[*above]).size() >= 2) {
            layout.namesLine = qint64(*above) + 1;
            if (layout.unitsLine == 0 && looksLikeUnitsRow(cellsOf(splitter, lines[*above]))) {
                const auto names = previousNonBlank(lines, *above);
                if (names && cellsOf(splitter, lines[*names]).size() >= 2) {
                    layout.unitsLine = layout.namesLine;
                    layout.namesLine = qint64(*names) + 1;
                }
            }
        }
    }
    layout.firstDataLine = qint64(*dataStart) + 1;

    // 4. The decimal mark, from every data cell (methods.md §6.4).
    for (std::size_t i = *dataStart; i < lineCount; ++i)
        for (std::string_view field : splitter.split(lines[i]))
            layout.decimalEvidence.add(field, qint64(i) + 1);
    if (hints.decimalMark) {
        layout.decimalMark = *hints.decimalMark;
    } else if (layout.delimiter == Delimiter::Comma && !layout.quoted) {
        layout.decimalMark = '.';
    } else {
        layout.decimalMark = layout.decimalEvidence.decide();
        layout.decimalAmbiguous = layout.decimalEvidence.ambiguous();
    }
    return layout;
}

} // namespace gb
