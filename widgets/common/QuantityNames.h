#pragma once

#include "data/Quantity.h"

#include <QCoreApplication>

namespace gb {

/// Translated names of column roles, for the window (core's quantityDisplayName is English).
class QuantityNames {
    Q_DECLARE_TR_FUNCTIONS(QuantityNames)
public:
    static QString name(Quantity quantity);
};

} // namespace gb
