#include "analysis/relaxation/RelaxationArrhenius.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationArrhenius", text);
}
} // namespace

RelaxationArrheniusResult fitRelaxationArrhenius(const std::vector<double> &temperaturesK,
                                                 const std::vector<double> &tausS,
                                                 std::optional<double> glassTransitionK,
                                                 int minimumTemperatures)
{
    RelaxationArrheniusResult result;
    std::vector<double> t;
    std::vector<double> tau;
    for (std::size_t i = 0; i < std::min(temperaturesK.size(), tausS.size()); ++i)
        if (temperaturesK[i] > 0 && std::isfinite(temperaturesK[i]) && tausS[i] > 0 &&
            std::isfinite(tausS[i])) {
            t.push_back(temperaturesK[i]);
            tau.push_back(tausS[i]);
        }
    result.points = int(t.size());
    std::vector<double> distinct = t;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    result.temperatures = int(distinct.size());
    const int needed = std::max(2, minimumTemperatures);
    if (result.temperatures < needed) {
        result.status = QStringLiteral("too_few_points");
        result.message = tr("%1 temperatures with a relaxation time; at least %2 are needed")
                             .arg(result.temperatures)
                             .arg(needed);
        return result;
    }

    if (result.points == 2) {
        result.activationEnergy =
            kGasConstant * (std::log(tau[1]) - std::log(tau[0])) / (1.0 / t[1] - 1.0 / t[0]);
        result.message = tr("two temperatures only: no standard error for Ea");
    } else {
        result.fit = fitArrhenius(t, tau);
        if (!result.fit.ok()) {
            result.status = QStringLiteral("fit_failed");
            result.message = tr("the Arrhenius fit failed: %1").arg(result.fit.message);
            return result;
        }
        result.activationEnergy = result.fit.activationEnergy;
        result.activationEnergyError = result.fit.activationEnergyError;
        if (result.fit.curved)
            result.message = tr("ln τ is curved against 1/T (VFT-like); Ea is an average over the range");
    }
    if (glassTransitionK && *glassTransitionK > 0)
        result.overRTg = result.activationEnergy / (kGasConstant * *glassTransitionK);
    result.status = QStringLiteral("ok");
    return result;
}

} // namespace gb
