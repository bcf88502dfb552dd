#include "io/generic/GenericImportOptions.h"

#include "io/generic/ColumnHeaders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GenericImportOptions", text);
}

Error badOption(const QString &fileName, const QString &key, const QString &value, const QString &expected)
{
    return makeError(QStringLiteral("bad_option"),
                     tr("option %1 = \"%2\" is not understood; expected %3").arg(key, value, expected),
                     fileName);
}

std::optional<Delimiter> delimiterFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tab") || text == QLatin1String("\t"))
        return Delimiter::Tab;
    if (t == QLatin1String("semicolon") || t == QLatin1String(";"))
        return Delimiter::Semicolon;
    if (t == QLatin1String("comma") || t == QLatin1String(","))
        return Delimiter::Comma;
    if (t == QLatin1String("whitespace") || t == QLatin1String("space") || t == QLatin1String("blank"))
        return Delimiter::Whitespace;
    return std::nullopt;
}

std::optional<qint64> rowFromText(const QString &text)
{
    bool ok = false;
    const qint64 row = text.trimmed().toLongLong(&ok);
    return ok && row >= 0 ? std::optional<qint64>(row) : std::nullopt;
}
} // namespace

Result<GenericImportOptions> parseGenericImportOptions(const ImportOptions &options, const QString &fileName)
{
    static const QRegularExpression columnKey(QStringLiteral("^column\\.(\\d+)\\.(quantity|unit)$"));
    GenericImportOptions parsed;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == QLatin1String("delimiter")) {
            parsed.hints.delimiter = delimiterFromText(value);
            if (!parsed.hints.delimiter)
                return badOption(fileName, key, value, tr("tab, semicolon, comma or whitespace"));
        } else if (key == QLatin1String("decimal")) {
            const QString mark = value.trimmed();
            if (mark != QLatin1String(".") && mark != QLatin1String(","))
                return badOption(fileName, key, value, tr("\".\" or \",\""));
            parsed.hints.decimalMark = char(mark.front().toLatin1());
        } else if (key == QLatin1String("header_row") || key == QLatin1String("units_row")) {
            const std::optional<qint64> row = rowFromText(value);
            if (!row)
                return badOption(fileName, key, value, tr("a line number (0 for none)"));
            (key == QLatin1String("header_row") ? parsed.hints.headerRow : parsed.hints.unitsRow) = row;
        } else if (const auto match = columnKey.match(key); match.hasMatch()) {
            const int column = match.captured(1).toInt();
            if (column < 1)
                return badOption(fileName, key, value, tr("a column number from 1"));
            if (match.captured(2) == QLatin1String("unit")) {
                parsed.units[column] = normalizeUnitText(value);
            } else {
                const std::optional<Quantity> quantity = quantityFromId(value);
                if (!quantity)
                    return badOption(fileName, key, value,
                                     tr("a quantity such as time, temperature, heat_flow, stress, strain, "
                                        "modulus, load, depth or other"));
                parsed.quantities[column] = *quantity;
            }
        }
    }
    return parsed;
}

} // namespace gb
