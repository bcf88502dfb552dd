#include "support/Units.h"

#include <QHash>

namespace gb {

namespace {
constexpr double kCelsiusOffset = 273.15;

const QHash<QString, UnitConversion> &unitTable()
{
    static const QHash<QString, UnitConversion> table = [] {
        using D = Dimension;
        QHash<QString, UnitConversion> t;
        auto add = [&t](std::initializer_list<const char *> names, D d, double scale, double offset = 0.0) {
            for (const char *n : names)
                t.insert(QString::fromUtf8(n).toLower(), UnitConversion{d, scale, offset});
        };
        add({"s", "sec", "second", "seconds"}, D::Time, 1.0);
        add({"ms"}, D::Time, 1e-3);
        add({"min", "mins", "minute", "minutes"}, D::Time, 60.0);
        add({"h", "hr", "hour", "hours"}, D::Time, 3600.0);
        add({"k", "kelvin"}, D::Temperature, 1.0);
        add({"°c", "c", "celsius"}, D::Temperature, 1.0, kCelsiusOffset);
        add({"w"}, D::Power, 1e3);
        add({"mw"}, D::Power, 1.0);
        add({"µw", "uw"}, D::Power, 1e-3);
        add({"nw"}, D::Power, 1e-6);
        add({"w/g", "mw/mg", "µw/µg", "uw/ug"}, D::SpecificPower, 1.0);
        add({"mw/g", "µw/mg", "uw/mg"}, D::SpecificPower, 1e-3);
        add({"w/kg"}, D::SpecificPower, 1e-3);
        add({"pa"}, D::Pressure, 1e-6);
        add({"kpa"}, D::Pressure, 1e-3);
        add({"mpa", "n/mm²", "n/mm2"}, D::Pressure, 1.0);
        add({"gpa"}, D::Pressure, 1e3);
        add({"n"}, D::Force, 1e6);
        add({"mn"}, D::Force, 1e3);
        add({"µn", "un"}, D::Force, 1.0);
        add({"nn"}, D::Force, 1e-3);
        add({"m"}, D::Length, 1e9);
        add({"mm"}, D::Length, 1e6);
        add({"µm", "um"}, D::Length, 1e3);
        add({"nm"}, D::Length, 1.0);
        add({"g"}, D::Mass, 1e3);
        add({"mg"}, D::Mass, 1.0);
        add({"µg", "ug"}, D::Mass, 1e-3);
        add({"ng"}, D::Mass, 1e-6);
        add({"hz"}, D::Frequency, 1.0);
        add({"rad/s"}, D::Frequency, 1.0 / (2.0 * 3.14159265358979323846));
        add({"v"}, D::Voltage, 1.0);
        add({"mv"}, D::Voltage, 1e-3);
        add({"%"}, D::Percent, 0.01);
        add({"1", "-", "mm/mm", "m/m"}, D::Dimensionless, 1.0);
        return t;
    }();
    return table;
}
} // namespace

QString normalizeUnitText(const QString &unit)
{
    QString u = unit.trimmed();
    // at(), not front() and back(): those of a non-const string would copy a shared one.
    auto enclosed = [&u](char16_t open, char16_t close) {
        return u.at(0) == open && u.at(u.size() - 1) == close;
    };
    while (u.size() >= 2 && (enclosed(u'(', u')') || enclosed(u'[', u']')))
        u = u.mid(1, u.size() - 2).trimmed();
    u.replace(QChar(0x03BC), QChar(0x00B5)); // Greek mu -> micro sign
    u.replace(QChar(0x00BA), QChar(0x00B0)); // ordinal indicator -> degree sign
    if (u.contains(QChar(0x00C2))) {         // UTF-8 read twice (a search for one letter is cheaper)
        u.replace(QStringLiteral("Âµ"), QStringLiteral("µ"));
        u.replace(QStringLiteral("Â°"), QStringLiteral("°"));
    }
    static const QStringList celsiusSpellings = {QStringLiteral("deg C"), QStringLiteral("degC"),
                                                 QStringLiteral("oC"), QStringLiteral("° C")};
    for (const QString &spelling : celsiusSpellings) // (folding case keeps the length)
        if (u.size() == spelling.size() && u.compare(spelling, Qt::CaseInsensitive) == 0)
            u = QStringLiteral("°C");
    return u;
}

std::optional<UnitConversion> conversionForUnit(const QString &unit)
{
    const QString u = normalizeUnitText(unit);
    if (u.isEmpty())
        return UnitConversion{Dimension::Dimensionless, 1.0, 0.0};
    const auto &table = unitTable();
    if (const auto it = table.constFind(u.toLower()); it != table.cend())
        return *it;
    return std::nullopt;
}

QString internalUnitSymbol(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Time: return QStringLiteral("s");
    case Dimension::Temperature: return QStringLiteral("K");
    case Dimension::Power: return QStringLiteral("mW");
    case Dimension::SpecificPower: return QStringLiteral("mW/mg");
    case Dimension::Pressure: return QStringLiteral("MPa");
    case Dimension::Force: return QStringLiteral("µN");
    case Dimension::Length: return QStringLiteral("nm");
    case Dimension::Mass: return QStringLiteral("mg");
    case Dimension::Frequency: return QStringLiteral("Hz");
    case Dimension::Voltage: return QStringLiteral("V");
    case Dimension::Percent:
    case Dimension::Dimensionless: return QStringLiteral("1");
    case Dimension::Unknown: break;
    }
    return {};
}

NameAndUnit splitNameAndUnit(const QString &headerCell)
{
    const QString cell = headerCell.trimmed();
    for (const auto &[open, close] : {std::pair{u'(', u')'}, std::pair{u'[', u']'}}) {
        if (cell.endsWith(close)) {
            const qsizetype start = cell.lastIndexOf(open);
            if (start > 0)
                return {cell.left(start).trimmed(), normalizeUnitText(cell.mid(start))};
        }
    }
    return {cell, {}};
}

} // namespace gb
