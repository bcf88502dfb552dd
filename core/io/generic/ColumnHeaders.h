#pragma once

#include "data/Quantity.h"
#include "io/text/NumericTableBuilder.h"
#include "support/Units.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace gb {

/// Splits a header cell into name and unit. Understands "Load (µN)", "Ts [°C]" (see
/// splitNameAndUnit) and the slash form "Temp./°C", "Heat Flow/mW/mg", where the part after a
/// slash is taken as the unit only when it is a unit Glassbench knows ("1/temperature" stays a
/// name). The unit comes back normalised (normalizeUnitText).
NameAndUnit splitHeaderCell(const QString &cell);

/// True when the cells look like a units row: "[s],[K],[mW/mg]", "(s),(mm),(N)" or
/// "s<TAB>°C<TAB>MPa<TAB>%". Every non-empty cell is short and free of blanks (unless it is in
/// brackets), and more than half of them are bracketed or known units.
bool looksLikeUnitsRow(const QStringList &cells);

/// The role of a column in a hand-made table, from its name and unit (the unit wins, see
/// classifyColumn). Besides English names it knows a few common Chinese and German ones
/// (时间, 位移, 力, 温度, Zeit, Kraft, ...). An empty or unknown unit leaves the decision to the name.
Quantity guessColumnRole(const QString &name, const QString &unit);

/// The Quantity whose quantityId() is `id` ("time", "heat_flow", ...), or nullopt.
std::optional<Quantity> quantityFromId(const QString &id);

/// Two columns that looked like the same role; `dropped` was given Quantity::Other.
struct RoleConflict {
    Quantity quantity = Quantity::Other;
    std::size_t kept = 0;    ///< 0-based column index
    std::size_t dropped = 0; ///< 0-based column index
};

/// Sets `quantity` of every spec: the role forced by the user (1-based column number ->
/// role) or else guessColumnRole(). Each role goes to one column only: a forced column wins,
/// otherwise the first guessed column; the others become Quantity::Other and, when the role
/// was only guessed for both, are returned as conflicts for the caller to report.
std::vector<RoleConflict> assignColumnRoles(std::vector<ColumnSpec> &specs,
                                            const std::map<int, Quantity> &forced);

} // namespace gb
