#pragma once

#include "support/Units.h"

#include <QString>

namespace gb {

/// The role a column plays in an analysis. Importers tag each column with one.
enum class Quantity {
    Other,
    Index,
    Time,
    Temperature,        ///< sample temperature (the DSC abscissa)
    ProgramTemperature, ///< reference / furnace / program temperature
    HeatFlow,           ///< mW
    SpecificHeatFlow,   ///< mW/mg (= W/g)
    Stress,             ///< MPa
    Strain,             ///< fraction
    Modulus,            ///< MPa (relaxation modulus G(t) or E(t))
    Load,               ///< µN
    Depth,              ///< nm
    Mass,               ///< mg
    Frequency,          ///< Hz
    Voltage,            ///< V (raw transducer signals)
};

/// Stable lower-case identifier, e.g. "heat_flow"; used in project files and the CLI.
QString quantityId(Quantity quantity);
/// A person's name for the quantity, e.g. "heat flow".
QString quantityDisplayName(Quantity quantity);

/// Picks the role of a column from its name (e.g. "Heat Flow", "Ts", "Disp_nm", "Load On
/// Sample") and the dimension of its unit. The unit wins when the name is ambiguous.
Quantity classifyColumn(const QString &name, Dimension dimension);

} // namespace gb
