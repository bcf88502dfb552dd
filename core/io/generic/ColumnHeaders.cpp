#include "io/generic/ColumnHeaders.h"

#include <array>
#include <utility>

namespace gb {

namespace {
bool isKnownUnit(const QString &unit)
{
    const auto conversion = conversionForUnit(unit);
    return conversion && conversion->dimension != Dimension::Unknown;
}

bool isBracketed(const QString &cell)
{
    return cell.size() >= 2 &&
           ((cell.front() == u'[' && cell.back() == u']') || (cell.front() == u'(' && cell.back() == u')'));
}

/// English stand-ins for names classifyColumn does not know.
QString englishName(const QString &name)
{
    static const std::array<std::pair<const char *, const char *>, 20> hints = {{
        {"时间", "Time"},         {"温度", "Temperature"},  {"热流", "Heat Flow"},
        {"应力", "Stress"},       {"应变", "Strain"},       {"模量", "Modulus"},
        {"位移", "Displacement"}, {"变形", "Displacement"}, {"深度", "Depth"},
        {"载荷", "Load"},         {"负荷", "Load"},         {"荷载", "Load"},
        {"力", "Load"},           {"zeit", "Time"},         {"wärmestrom", "Heat Flow"},
        {"kraft", "Load"},        {"weg", "Displacement"},  {"eindringtiefe", "Depth"},
        {"dehnung", "Strain"},    {"spannung", "Stress"},
    }};
    const QString key = name.trimmed().toLower();
    for (const auto &[word, english] : hints)
        if (key == QString::fromUtf8(word))
            return QString::fromLatin1(english);
    return name;
}
} // namespace

NameAndUnit splitHeaderCell(const QString &cell)
{
    NameAndUnit split = splitNameAndUnit(cell);
    if (!split.unit.isEmpty())
        return split;
    const QString text = cell.trimmed();
    for (qsizetype slash = text.indexOf(u'/'); slash > 0; slash = text.indexOf(u'/', slash + 1)) {
        const QString unit = normalizeUnitText(text.mid(slash + 1));
        if (isKnownUnit(unit) && conversionForUnit(unit)->dimension != Dimension::Dimensionless)
            return {text.left(slash).trimmed(), unit};
    }
    return {text, {}};
}

bool looksLikeUnitsRow(const QStringList &cells)
{
    int nonEmpty = 0;
    int unitLike = 0;
    for (const QString &raw : cells) {
        const QString cell = raw.trimmed();
        if (cell.isEmpty())
            continue;
        ++nonEmpty;
        if (isBracketed(cell)) {
            ++unitLike;
            continue;
        }
        if (cell.contains(u' ') || cell.size() > 12)
            return false;
        if (isKnownUnit(cell))
            ++unitLike;
    }
    return nonEmpty > 0 && 2 * unitLike > nonEmpty;
}

Quantity guessColumnRole(const QString &name, const QString &unit)
{
    Dimension dimension = Dimension::Unknown;
    if (!unit.isEmpty())
        if (const auto conversion = conversionForUnit(unit))
            dimension = conversion->dimension;
    return classifyColumn(englishName(name), dimension);
}

std::optional<Quantity> quantityFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (int q = int(Quantity::Other); q <= int(Quantity::Voltage); ++q)
        if (quantityId(Quantity(q)) == wanted)
            return Quantity(q);
    return std::nullopt;
}

std::vector<RoleConflict> assignColumnRoles(std::vector<ColumnSpec> &specs,
                                            const std::map<int, Quantity> &forced)
{
    std::map<Quantity, std::size_t> owner;
    for (const auto &[number, quantity] : forced) {
        const std::size_t index = std::size_t(number - 1);
        if (index >= specs.size())
            continue;
        specs[index].quantity = quantity;
        if (quantity != Quantity::Other && !owner.count(quantity))
            owner[quantity] = index;
    }
    std::vector<RoleConflict> conflicts;
    for (std::size_t index = 0; index < specs.size(); ++index) {
        if (forced.count(int(index) + 1))
            continue;
        const Quantity guess = guessColumnRole(specs[index].name, specs[index].unit);
        specs[index].quantity = Quantity::Other;
        if (guess == Quantity::Other)
            continue;
        const auto taken = owner.find(guess);
        if (taken == owner.end()) {
            owner[guess] = index;
            specs[index].quantity = guess;
        } else if (!forced.count(int(taken->second) + 1)) {
            conflicts.push_back({guess, taken->second, index});
        }
    }
    return conflicts;
}

} // namespace gb
