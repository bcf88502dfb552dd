#include "simulate/TnmParameters.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

TnmParameters TnmParameters::fromReferenceTime(double activationOverR, double nonlinearity, double beta,
                                               double referenceTemperature, double tauAtReference)
{
    TnmParameters p;
    p.activationOverR = activationOverR;
    p.nonlinearity = nonlinearity;
    p.beta = beta;
    p.lnA = std::log(tauAtReference) - activationOverR / referenceTemperature;
    return p;
}

Status TnmParameters::validate() const
{
    const bool ok = std::isfinite(activationOverR) && activationOverR > 0 && nonlinearity > 0 &&
                    nonlinearity <= 1 && beta > 0 && beta <= 1 && std::isfinite(lnA);
    if (ok)
        return Done{};
    return makeError(QStringLiteral("invalid_parameters"),
                     QCoreApplication::translate("TnmParameters",
                                                 "TNM parameters need Δh*/R > 0, 0 < x ≤ 1, 0 < β ≤ 1 "
                                                 "and a finite ln A"));
}

} // namespace gb
