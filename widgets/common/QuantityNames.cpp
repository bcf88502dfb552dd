#include "common/QuantityNames.h"

namespace gb {

QString QuantityNames::name(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Other: return tr("other");
    case Quantity::Index: return tr("index");
    case Quantity::Time: return tr("time");
    case Quantity::Temperature: return tr("temperature");
    case Quantity::ProgramTemperature: return tr("program temperature");
    case Quantity::HeatFlow: return tr("heat flow");
    case Quantity::SpecificHeatFlow: return tr("specific heat flow");
    case Quantity::Stress: return tr("stress");
    case Quantity::Strain: return tr("strain");
    case Quantity::Modulus: return tr("modulus");
    case Quantity::Load: return tr("load");
    case Quantity::Depth: return tr("depth");
    case Quantity::Mass: return tr("mass");
    case Quantity::Frequency: return tr("frequency");
    case Quantity::Voltage: return tr("voltage");
    }
    return quantityDisplayName(quantity);
}

} // namespace gb
