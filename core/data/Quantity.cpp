#include "data/Quantity.h"

#include <QHash>
#include <QRegularExpression>

#include <utility>
#include <vector>

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
/// A quantity and the column names that denote it (case-insensitive).
struct NameRule {
    Quantity quantity;
    QRegularExpression pattern;
};

/// Tried in order; the first match decides. Compiled once (compiling them for every column
/// made a table with 10^6 columns take minutes); matching a const expression is thread-safe.
const std::vector<NameRule> &nameRules()
{
    static const std::vector<NameRule> rules = [] {
        const std::pair<Quantity, const char *> patterns[] = {
            {Quantity::Index, R"(^\s*(index|#|no\.?|nr\.?|data point)\s*$)"},
            {Quantity::HeatFlow, R"(heat\s*flow|^value$|^dsc\b|^hf\b)"},
            {Quantity::ProgramTemperature, R"(^\s*(tr|tp)\s*$|program|furnace|reference temp|^t_?ref)"},
            {Quantity::Temperature, R"(^\s*ts\s*$|temp|^\s*t\s*$)"},
            {Quantity::Modulus, R"(modulus|^\s*[ge]\s*\(t\)|^\s*[ge]\(t\)\s*$)"},
            {Quantity::Stress, R"(stress|^\s*sigma)"},
            {Quantity::Strain, R"(strain)"},
            {Quantity::Load, R"(load|force|^\s*p\s*$|^\s*f\s*$)"},
            {Quantity::Depth, R"(depth|disp|^\s*h\s*$)"},
            {Quantity::Time, R"(time|^\s*t\s*$)"},
            {Quantity::Mass, R"(mass|weight|^\s*tg\s*$)"},
            {Quantity::Frequency, R"(freq)"},
        };
        std::vector<NameRule> compiled;
        for (const auto &[quantity, pattern] : patterns)
            compiled.push_back({quantity, QRegularExpression(QString::fromLatin1(pattern),
                                                             QRegularExpression::CaseInsensitiveOption)});
        return compiled;
    }();
    return rules;
}

Quantity firstRuleMatching(const QString &name)
{
    for (const NameRule &rule : nameRules())
        if (rule.pattern.match(name).hasMatch())
            return rule.quantity;
    return Quantity::Other;
}

/// firstRuleMatching, remembered: a campaign repeats a few column names in thousands of files,
/// and each of its threads matches a name against the rules once (a table of 10^6 columns
/// clears the memory when it holds kRemembered names).
Quantity classifyByName(const QString &name)
{
    constexpr qsizetype kRemembered = 256;
    thread_local QHash<QString, Quantity> known;
    if (const auto it = known.constFind(name); it != known.cend())
        return *it;
    const Quantity quantity = firstRuleMatching(name);
    if (known.size() >= kRemembered)
        known.clear();
    known.insert(name, quantity);
    return quantity;
}
} // namespace

Quantity classifyColumn(const QString &name, Dimension dimension)
{
    // The unit decides, and the name only where the unit leaves it open (a program temperature,
    // a modulus, a strain in %, no unit): matching names is the costly part.
    switch (dimension) {
    case Dimension::Time: return Quantity::Time;
    case Dimension::Temperature:
        return classifyByName(name) == Quantity::ProgramTemperature ? Quantity::ProgramTemperature
                                                                    : Quantity::Temperature;
    case Dimension::Power: return Quantity::HeatFlow;
    case Dimension::SpecificPower: return Quantity::SpecificHeatFlow;
    case Dimension::Pressure:
        return classifyByName(name) == Quantity::Modulus ? Quantity::Modulus : Quantity::Stress;
    case Dimension::Force: return Quantity::Load;
    case Dimension::Length: return Quantity::Depth;
    case Dimension::Mass: return Quantity::Mass;
    case Dimension::Frequency: return Quantity::Frequency;
    case Dimension::Voltage: return Quantity::Voltage;
    case Dimension::Percent: {
        const Quantity byName = classifyByName(name);
        return byName == Quantity::Other ? Quantity::Strain : byName;
    }
    case Dimension::Dimensionless:
    case Dimension::Unknown: break;
    }
    return classifyByName(name);
}

} // namespace gb
