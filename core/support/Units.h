#pragma once

#include <QString>

#include <optional>

namespace gb {

/// Physical dimension of a unit as written in a file header.
enum class Dimension {
    Unknown,
    Dimensionless,
    Time,
    Temperature,
    Power,         ///< heat flow
    SpecificPower, ///< heat flow per mass
    Pressure,      ///< stress and modulus
    Force,
    Length,
    Mass,
    Frequency,
    Voltage,
    Percent,
};

/// How a value in a file's unit becomes a value in Glassbench's internal unit of the same
/// dimension: internal = value * scale + offset. Internal units are K, s, mW, mW/mg, MPa,
/// µN, nm, mg, Hz, V and plain fractions (a percentage becomes a fraction).
struct UnitConversion {
    Dimension dimension = Dimension::Unknown;
    double scale = 1.0;
    double offset = 0.0;

    double toInternal(double value) const { return value * scale + offset; }
    bool isIdentity() const { return scale == 1.0 && offset == 0.0; }
};

/// Folds the spellings instruments use into one: µ (U+00B5) and μ (U+03BC) become µ,
/// º becomes °, "deg C"/"degC"/"oC" become °C, surrounding blanks and brackets go.
QString normalizeUnitText(const QString &unit);

/// The conversion for a unit such as "°C", "min", "mW", "W/g", "mN", "µm", "Pa" or "%".
/// Unknown units give std::nullopt; an empty unit gives Dimensionless.
std::optional<UnitConversion> conversionForUnit(const QString &unit);

/// Internal unit symbol of a dimension ("K", "s", "mW", "mW/mg", "MPa", "µN", "nm", ...).
QString internalUnitSymbol(Dimension dimension);

/// Splits a header cell such as "Load (µN)", "Ts [°C]" or "Temp./C" into name and unit.
/// Returns the whole cell as the name and an empty unit when it carries none.
struct NameAndUnit {
    QString name;
    QString unit;
};
NameAndUnit splitNameAndUnit(const QString &headerCell);

} // namespace gb
