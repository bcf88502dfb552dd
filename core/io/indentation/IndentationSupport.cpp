#include "io/indentation/IndentationSupport.h"

#include "io/ImportSupport.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"

#include <QFileInfo>

#include <algorithm>
#include <array>

namespace gb {

Result<HeadAndBody> readHeadAndBody(QIODevice &device, const QString &fileName,
                                    std::vector<Diagnostic> &diagnostics)
{
    constexpr qsizetype kHeadBytes = 64 * 1024;
    Result<QByteArray> bytes = readAllBytes(device, fileName);
    if (!bytes.ok())
        return bytes.error();
    HeadAndBody text;
    text.body = std::move(bytes).value();
    qsizetype headSize = text.body.size();
    if (headSize > kHeadBytes) {
        headSize = kHeadBytes;
        while (headSize > 0 && text.body.at(headSize - 1) != '\n' && text.body.at(headSize - 1) != '\r')
            --headSize;
    }
    const DetectedEncoding head = detectEncoding(QByteArray::fromRawData(text.body.constData(), headSize));
    const bool inPlace = !head.hadByteOrderMark &&
                         (head.encoding == TextEncoding::Ascii || head.encoding == TextEncoding::Utf8 ||
                          head.encoding == TextEncoding::Windows1252);
    if (inPlace && headSize > 0) {
        text.head = headSize == text.body.size() ? text.body : text.body.left(headSize);
        text.headEncoding =
            head.encoding == TextEncoding::Windows1252 ? TextEncoding::Windows1252 : TextEncoding::Utf8;
        return text;
    }
    const DecodedText all = decodeText(text.body);
    if (all.droppedTrailingByte)
        diagnostics.push_back(
            Diagnostic{Severity::Warning, QStringLiteral("truncated_text"),
                       importerText("%1 text ends in half a character; the last byte was ignored")
                           .arg(encodingName(all.encoding)),
                       fileName, 0, 1});
    text.head = text.body = all.utf8;
    text.bodyIsHead = true;
    return text;
}

QString HeadAndBody::text(std::string_view piece) const
{
    return headEncoding == TextEncoding::Windows1252
               ? windows1252ToString(piece)
               : QString::fromUtf8(piece.data(), qsizetype(piece.size()));
}

qsizetype HeadAndBody::decodedHeadSize() const
{
    return headEncoding == TextEncoding::Windows1252
               ? text({head.constData(), std::size_t(head.size())}).toUtf8().size()
               : head.size();
}

std::size_t offsetAfterLines(std::string_view text, qint64 lines)
{
    LineReader reader(text);
    std::string_view line;
    while (reader.lineNumber() < lines && reader.next(line)) {
    }
    return reader.offset();
}

char indentDecimalMark(std::string_view text, std::size_t offset, const ImportOptions &options)
{
    const QString forced = options.value(QStringLiteral("decimal"));
    if (forced == QLatin1String(","))
        return ',';
    if (forced == QLatin1String("."))
        return '.';
    LineReader reader(text.substr(std::min(offset, text.size())));
    std::string_view line;
    std::vector<std::string_view> fields;
    bool sawComma = false;
    int looked = 0;
    while (looked < 50 && reader.next(line)) {
        if (isBlankLine(line))
            continue;
        ++looked;
        splitFields(line, Delimiter::Tab, fields);
        for (std::string_view field : fields) {
            if (field.find('.') != std::string_view::npos && parseNumber(field, '.').ok())
                return '.';
            sawComma = sawComma || looksLikeDecimalComma(field);
        }
    }
    return sawComma ? ',' : '.';
}

bool isBlankLine(std::string_view line)
{
    // Asked of every data line, which it answers at the first character (find_first_not_of
    // searched its set for each character: 40 instructions a line).
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

Quantity indentQuantity(const QString &name, const QString &unit)
{
    const std::optional<UnitConversion> conversion = conversionForUnit(unit);
    switch (conversion ? conversion->dimension : Dimension::Unknown) {
    case Dimension::Length: return Quantity::Depth;
    case Dimension::Force: return Quantity::Load;
    case Dimension::Time: return Quantity::Time;
    case Dimension::Voltage: return Quantity::Voltage;
    case Dimension::Pressure:
        return name.contains(QLatin1String("modulus"), Qt::CaseInsensitive) ? Quantity::Modulus
                                                                            : Quantity::Other;
    default: break;
    }
    return Quantity::Other;
}

void assignIndentRoles(std::vector<Column> &columns, const QStringList &preferred)
{
    static constexpr std::array<Quantity, 3> roles = {Quantity::Depth, Quantity::Load, Quantity::Time};
    for (Column &column : columns) {
        const Quantity q = column.quantity;
        if (q != Quantity::Depth && q != Quantity::Load && q != Quantity::Time && q != Quantity::Modulus &&
            q != Quantity::Voltage && q != Quantity::Index)
            column.quantity = Quantity::Other;
    }
    for (Quantity role : roles) {
        Column *keeper = nullptr;
        for (Column &column : columns)
            if (column.quantity == role && preferred.contains(column.name, Qt::CaseInsensitive)) {
                keeper = &column;
                break;
            }
        for (Column &column : columns)
            if (column.quantity == role && !keeper)
                keeper = &column;
        for (Column &column : columns)
            if (column.quantity == role && &column != keeper)
                column.quantity = Quantity::Other;
    }
}

Status requireIndentColumns(const std::vector<Column> &columns, const QString &fileName, qint64 line)
{
    auto has = [&columns](Quantity q) {
        return std::any_of(columns.begin(), columns.end(), [q](const Column &c) { return c.quantity == q; });
    };
    if (!has(Quantity::Depth) || !has(Quantity::Load))
        return importError(fileName, line,
                           importerText("no depth (length unit) and load (force unit) columns in the header"),
                           QStringLiteral("missing_columns"));
    return Done{};
}

QString indentCurveName(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName();
}

void checkAnnouncedRows(qint64 announced, qsizetype read, const QString &fileName, qint64 line,
                        std::vector<Diagnostic> &diagnostics)
{
    if (announced < 0 || announced == qint64(read))
        return;
    diagnostics.push_back(
        Diagnostic{Severity::Warning, QStringLiteral("row_count_mismatch"),
                   importerText("the header announces %1 data rows, %2 were read").arg(announced).arg(read),
                   fileName, line, 1});
}

} // namespace gb
