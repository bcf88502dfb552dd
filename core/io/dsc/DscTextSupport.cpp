#include "io/dsc/DscTextSupport.h"

#include "io/ImportSupport.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "support/Units.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace gb::dscio {

QString headerValue(const HeaderList &first, const HeaderList &second, const QString &key)
{
    for (const HeaderList *list : {&first, &second})
        for (const auto &[k, v] : *list) // (folding case keeps the length)
            if (k.size() == key.size() && k.compare(key, Qt::CaseInsensitive) == 0)
                return v;
    return {};
}

QString trimmedText(std::string_view text)
{
    text = trimmed(text);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString RawText::text(std::string_view piece) const
{
    piece = trimmed(piece);
    const auto *begin = reinterpret_cast<const unsigned char *>(piece.data());
    if (std::all_of(begin, begin + piece.size(), [](unsigned char c) { return c < 0x80; }))
        return QString::fromLatin1(piece.data(), qsizetype(piece.size()));
    if (isValidUtf8(piece.data(), qsizetype(piece.size())))
        return QString::fromUtf8(piece.data(), qsizetype(piece.size()));
    return QString::fromUtf8(decodeText(QByteArray(piece.data(), qsizetype(piece.size()))).utf8);
}

Result<RawText> readRawText(QIODevice &device, const QString &fileName, std::vector<Diagnostic> &diagnostics)
{
    Result<QByteArray> bytes = readAllBytes(device, fileName);
    if (!bytes.ok())
        return bytes.error();
    RawText raw;
    raw.bytes = std::move(bytes).value();
    const DetectedEncoding head = detectEncoding(
        QByteArray::fromRawData(raw.bytes.constData(), std::min<qsizetype>(raw.bytes.size(), 64 * 1024)));
    switch (head.encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
    case TextEncoding::Utf32LE:
    case TextEncoding::Utf32BE: {
        const DecodedText whole = decodeText(raw.bytes);
        if (whole.droppedTrailingByte)
            diagnostics.push_back(Diagnostic{
                Severity::Warning, QStringLiteral("truncated_text"),
                QCoreApplication::translate("DscTextSupport",
                                            "%1 text ends in half a character; the last byte was ignored")
                    .arg(encodingName(whole.encoding)),
                fileName, 0, 1});
        raw.bytes = whole.utf8;
        return raw;
    }
    default: break;
    }
    if (head.hadByteOrderMark)
        raw.skip = 3; // UTF-8 byte order mark
    return raw;
}

QString repairReplacementCharacters(QString text)
{
    constexpr char16_t replacement = 0xFFFD;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() != replacement)
            continue;
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (next == u'C' || next == u'F' || next == u'K')
            text[i] = QChar(0x00B0);
        else if (next.isLetter())
            text[i] = QChar(0x00B5);
    }
    return text;
}

namespace {
const QString &numberPattern()
{
    static const QString pattern = QStringLiteral(R"([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?)");
    return pattern;
}

std::optional<double> massFrom(QString number, const QString &unit)
{
    number.replace(u',', u'.');
    bool ok = false;
    const double value = number.toDouble(&ok);
    const std::optional<UnitConversion> conversion = conversionForUnit(unit);
    if (!ok || !std::isfinite(value) || !conversion || conversion->dimension != Dimension::Mass)
        return std::nullopt;
    return conversion->toInternal(value);
}
} // namespace

std::optional<double> parseMassMg(const QString &text, const QString &defaultUnit)
{
    if (text.isEmpty()) // most files give no mass; a match costs more than the whole test
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral(R"(^\s*(%1)\s*([^\s\d]*)\s*$)").arg(numberPattern()));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).isEmpty() ? defaultUnit : m.captured(2);
    return massFrom(m.captured(1), unit);
}

SampleText splitSampleAndMass(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:(.*\S)(?:\s*[,;])?\s+)?(%1)\s*([^\s\d.,;]+)\s*$)").arg(numberPattern()));
    SampleText sample{text.trimmed(), std::nullopt};
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return sample;
    if (const std::optional<double> mass = massFrom(m.captured(2), m.captured(3))) {
        sample.name = m.captured(1).trimmed();
        sample.massMg = mass;
    }
    return sample;
}

void makeNamesUnique(std::vector<ColumnSpec> &columns)
{
    for (std::size_t i = 1; i < columns.size(); ++i) {
        int copies = 1;
        for (std::size_t j = 0; j < i; ++j)
            if (columns[j].name.compare(columns[i].name, Qt::CaseInsensitive) == 0)
                ++copies;
        if (copies > 1)
            columns[i].name += QStringLiteral(" (%1)").arg(copies);
    }
}

namespace {
bool isUnconvertible(const ColumnSpec &spec)
{
    return !spec.unit.isEmpty() && !conversionForUnit(spec.unit);
}
} // namespace

std::vector<ColumnSpec> builderSpecs(const std::vector<ColumnSpec> &declared)
{
    std::vector<ColumnSpec> specs = declared;
    for (ColumnSpec &spec : specs) {
        if (isUnconvertible(spec)) {
            spec.unit.clear();
            spec.quantity = spec.quantity.value_or(Quantity::Other);
        }
    }
    return specs;
}

std::vector<Column> finishColumns(NumericTableBuilder &builder, const std::vector<ColumnSpec> &declared,
                                  const QString &fileName, std::vector<Diagnostic> &diagnostics)
{
    std::vector<Column> columns = builder.finish(diagnostics);
    QStringList kept;
    for (Column &column : columns) {
        for (const ColumnSpec &spec : declared) {
            if (spec.name == column.name && isUnconvertible(spec)) {
                column.unit = spec.unit;
                column.originalUnit = spec.unit;
                kept << QStringLiteral("%1 [%2]").arg(spec.name, spec.unit);
                break;
            }
        }
    }
    if (!kept.isEmpty())
        diagnostics.push_back(Diagnostic{
            Severity::Info, QStringLiteral("unit_kept"),
            QCoreApplication::translate("DscTextSupport", "kept in the file's units (not converted): %1")
                .arg(kept.join(QStringLiteral(", "))),
            fileName, 0, qint64(kept.size())});
    return columns;
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; });
}

bool hasLineStartingWith(std::string_view text, std::string_view prefix)
{
    // Line by line (memchr to each line end): a probe is scanned for several prefixes that
    // are usually absent, and this is several times faster than a substring search.
    LineReader reader(text);
    std::string_view line;
    while (reader.next(line))
        if (line.starts_with(prefix))
            return true;
    return false;
}

bool startsLikeNumber(std::string_view line)
{
    line = trimmed(line);
    if (line.empty())
        return false;
    const char c = line.front();
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

std::optional<char> evidentDecimalMark(std::string_view text, Delimiter delimiter, int maxLines)
{
    if (delimiter == Delimiter::Comma)
        return '.';
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    bool comma = false, point = false;
    int seen = 0;
    while (seen < maxLines && reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        if (!startsLikeNumber(line))
            break;
        ++seen;
        splitFields(line, delimiter, fields);
        for (std::string_view field : fields) {
            if (isGapMarker(field))
                continue;
            if (field.find('.') != std::string_view::npos)
                point = true;
            else if (looksLikeDecimalComma(field))
                comma = true;
        }
    }
    if (comma != point)
        return comma ? ',' : '.';
    return std::nullopt;
}

char sniffDecimalMark(std::string_view text, Delimiter delimiter, int maxLines)
{
    return evidentDecimalMark(text, delimiter, maxLines).value_or('.');
}

std::vector<Column> sliceColumns(const std::vector<Column> &columns, qsizetype begin, qsizetype end)
{
    std::vector<Column> slice;
    slice.reserve(columns.size());
    for (const Column &column : columns) {
        Column part;
        part.name = column.name;
        part.quantity = column.quantity;
        part.unit = column.unit;
        part.originalUnit = column.originalUnit;
        part.values.assign(column.values.begin() + begin, column.values.begin() + end);
        slice.push_back(std::move(part));
    }
    return slice;
}

std::vector<std::pair<qsizetype, qsizetype>> runsOfEqualValues(const std::vector<double> &key)
{
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    qsizetype begin = 0;
    double current = std::nan("");
    for (qsizetype i = 0; i < qsizetype(key.size()); ++i) {
        const double v = key[std::size_t(i)];
        if (std::isnan(v))
            continue;
        if (!std::isnan(current) && v != current) {
            runs.emplace_back(begin, i);
            begin = i;
        }
        current = v;
    }
    if (!key.empty())
        runs.emplace_back(begin, qsizetype(key.size()));
    return runs;
}

void preferSampleTemperature(std::vector<Column> &columns)
{
    const Column *sample = nullptr;
    for (const Column &c : columns)
        if (c.quantity == Quantity::Temperature &&
            c.name.compare(QStringLiteral("Ts"), Qt::CaseInsensitive) == 0)
            sample = &c;
    if (!sample)
        return;
    for (Column &c : columns)
        if (&c != sample && c.quantity == Quantity::Temperature)
            c.quantity = Quantity::ProgramTemperature;
}

Error noDataError(const QString &fileName, const std::vector<Diagnostic> &diagnostics, qint64 line,
                  const QString &what)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity != Severity::Info && d.line > 0)
            return Error{QStringLiteral("no_data"),
                         QCoreApplication::translate("DscTextSupport", "%1 (first problem, line %2: %3)")
                             .arg(what)
                             .arg(d.line)
                             .arg(d.message),
                         fileName, d.line};
    return Error{QStringLiteral("no_data"), what, fileName, line};
}

} // namespace gb::dscio
