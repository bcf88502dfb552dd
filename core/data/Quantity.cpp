#include "data/Quantity.h"

#include <QRegularExpression>

#include <mutex>
#include <unordered_map>

namespace gb {

QString quantityId(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Other: return QStringLiteral("other");
    case Quantity::Index: return QStringLiteral("index");
    case Quantity::Time: return QStringLiteral("time");
    case Quantity::Temperature: return QStringLiteral("temperature");
    case Quantity::ProgramTemperature: return QStringLiteral("program_temperature");
    case Quantity::HeatFlow: return QStringLiteral("heat_flow");
    case Quantity::SpecificHeatFlow: return QStringLiteral("specific_heat_flow");
    case Quantity::Stress: return QStringLiteral("stress");
    case Quantity::Strain: return QStringLiteral("strain");
    case Quantity::Modulus: return QStringLiteral("modulus");
    case Quantity::Load: return QStringLiteral("load");
    case Quantity::Depth: return QStringLiteral("depth");
    case Quantity::Mass: return QStringLiteral("mass");
    case Quantity::Frequency: return QStringLiteral("frequency");
    case Quantity::Voltage: return QStringLiteral("voltage");
    }
    return {};
}

QString quantityDisplayName(Quantity quantity)
{
    QString id = quantityId(quantity);
    id.replace(u'_', u' ');
    return id;
}

namespace {
/// `pattern` is one of the string literals below; each is compiled once (compiling it for every
/// column made a table with 10^6 columns take minutes). Matching a const expression is thread-safe.
bool nameMatches(const QString &name, const char *pattern)
{
    static std::mutex mutex;
    static std::unordered_map<const char *, QRegularExpression> compiled;
    const QRegularExpression *re = nullptr;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        auto it = compiled.find(pattern);
        if (it == compiled.end())
            it = compiled
                     .emplace(pattern, QRegularExpression(QString::fromLatin1(pattern),
                                                          QRegularExpression::CaseInsensitiveOption))
                     .first;
        re = &it->second;
    }
    return re->match(name).hasMatch();
}

Quantity classifyByName(const QString &name)
{
    if (nameMatches(name, R"(^\s*(index|#|no\.?|nr\.?|data point)\s*$)"))
        return Quantity::Index;
    if (nameMatches(name, R"(heat\s*flow|^value$|^dsc\b|^hf\b)"))
        return Quantity::HeatFlow;
    if (nameMatches(name, R"(^\s*(tr|tp)\s*$|program|furnace|reference temp|^t_?ref)"))
        return Quantity::ProgramTemperature;
    if (nameMatches(name, R"(^\s*ts\s*$|temp|^\s*t\s*$)"))
        return Quantity::Temperature;
    if (nameMatches(name, R"(modulus|^\s*[ge]\s*\(t\)|^\s*[ge]\(t\)\s*$)"))
        return Quantity::Modulus;
    if (nameMatches(name, R"(stress|^\s*sigma)"))
        return Quantity::Stress;
    if (nameMatches(name, R"(strain)"))
        return Quantity::Strain;
    if (nameMatches(name, R"(load|force|^\s*p\s*$|^\s*f\s*$)"))
        return Quantity::Load;
    if (nameMatches(name, R"(depth|disp|^\s*h\s*$)"))
        return Quantity::Depth;
    if (nameMatches(name, R"(time|^\s*t\s*$)"))
        return Quantity::Time;
    if (nameMatches(name, R"(mass|weight|^\s*tg\s*$)"))
        return Quantity::Mass;
    if (nameMatches(name, R"(freq)"))
        return Quantity::Frequency;
    return Quantity::Other;
}
} // namespace

Quantity classifyColumn(const QString &name, Dimension dimension)
{
    const Quantity byName = classifyByName(name);
    switch (dimension) {
    case Dimension::Time: return Quantity::Time;
    case Dimension::Temperature:
        return byName == Quantity::ProgramTemperature ? byName : Quantity::Temperature;
    case Dimension::Power: return Quantity::HeatFlow;
    case Dimension::SpecificPower: return Quantity::SpecificHeatFlow;
    case Dimension::Pressure: return byName == Quantity::Modulus ? byName : Quantity::Stress;
    case Dimension::Force: return Quantity::Load;
    case Dimension::Length: return Quantity::Depth;
    case Dimension::Mass: return Quantity::Mass;
    case Dimension::Frequency: return Quantity::Frequency;
    case Dimension::Voltage: return Quantity::Voltage;
    case Dimension::Percent: return byName == Quantity::Other ? Quantity::Strain : byName;
    case Dimension::Dimensionless:
    case Dimension::Unknown: break;
    }
    return byName;
}

} // namespace gb
