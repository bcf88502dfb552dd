#include "simulate/campaign/SyntheticIndentation.h"

#include "fit/HertzModel.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gb {

namespace {
constexpr double kFwhmPerSigma = 2.3548200450309493; // 2√(2 ln 2)
constexpr double kMicroNewtonPerNm2PerGpa = 1e-3;
constexpr double kShortestAgingS = 1800;
} // namespace

double SyntheticIndentationDesign::tauCMean(double agingTimeS) const
{
    return 5.4 + 0.25 * std::log10(agingTimeS / kShortestAgingS);
}

double SyntheticIndentationDesign::tauCNormalizedFwhm(double agingTimeS) const
{
    return 0.20 - 0.05 * std::log10(agingTimeS / kShortestAgingS);
}

double SyntheticIndentationDesign::reducedModulusMean(double agingTimeS) const
{
    return reducedModulusGpa + reducedModulusSlope * std::log10(agingTimeS / kShortestAgingS);
}

SyntheticIndentationDesign indentationDesign(SyntheticCampaignSize size)
{
    SyntheticIndentationDesign d;
    d.sample = QStringLiteral("ZrMG");
    d.agingTemperatureK = 563;
    if (size == SyntheticCampaignSize::Small) {
        d.agingTimesS = {1800, 18000, 77400};
        d.indentsPerArray = 20;
        d.indentsWithoutPopInPerArray = 1;
    } else {
        d.agingTimesS = {1800, 7200, 18000, 43200, 77400};
        d.indentsPerArray = 200;
        d.indentsWithoutPopInPerArray = 5;
    }
    return d;
}

SyntheticIndent simulateIndent(const SyntheticIndentationDesign &design,
                               const SyntheticIndentParameters &parameters, SeededRandom &random)
{
    SyntheticIndent s;
    s.parameters = parameters;
    const double prefactor = 4.0 / 3.0 * parameters.reducedModulusGpa * kMicroNewtonPerNm2PerGpa *
                             std::sqrt(design.tipRadiusNm); // µN/nm^{3/2}
    const double h0 = parameters.contactOffsetNm;
    const double pMax = design.maximumLoadMicroNewton;
    const int loadingSteps = int(std::lround(pMax / design.loadingRateMicroNewtonPerS * design.sampleRateHz));
    const int holdSteps = int(std::lround(design.holdS * design.sampleRateHz));
    const int unloadSteps = int(std::lround(design.unloadS * design.sampleRateHz));
    const double loadingEnd = loadingSteps / design.sampleRateHz;
    const bool popIn =
        std::isfinite(parameters.criticalLoadMicroNewton) && parameters.criticalLoadMicroNewton < pMax;
    const double pStar = parameters.criticalLoadMicroNewton;
    const double hStar = popIn ? h0 + std::cbrt(std::pow(pStar / prefactor, 2.0)) : 0.0;

    std::vector<double> depth;
    std::vector<double> load;
    std::vector<double> time;
    // Loading: P = rate·t; the burst follows the last sample below P* (75 % of it at the next
    // sample, the rest at the one after, with a brief load dip the controller cannot avoid).
    for (int i = 0; i <= loadingSteps; ++i) {
        const double t = i / design.sampleRateHz;
        double p = std::min(design.loadingRateMicroNewtonPerS * t, pMax);
        double h = h0 + std::cbrt(std::pow(p / prefactor, 2.0));
        if (popIn && p >= pStar) {
            if (s.popInIndex < 0) {
                s.popInIndex = i - 1;
                s.popInLoadMicroNewton = load.back();
                s.popInDepthNm = depth.back();
            }
            const int after = i - s.popInIndex;
            const double burst = parameters.burstNm * (after == 1 ? 0.75 : 1.0);
            h = hStar + burst + design.plasticCoefficient * (std::sqrt(p) - std::sqrt(pStar));
            if (after == 1)
                p -= 0.005 * pStar;
        }
        time.push_back(t);
        load.push_back(p);
        depth.push_back(h + parameters.driftNmPerS * t);
    }
    const double hLoaded = depth.back() - parameters.driftNmPerS * loadingEnd;
    // Hold: creep after a pop-in (plastic zone), none on a purely elastic indent.
    const double creep = popIn ? design.creepNm : 0.0;
    double hHeld = hLoaded;
    for (int i = 1; i <= holdSteps; ++i) {
        const double t = (loadingSteps + i) / design.sampleRateHz;
        hHeld = hLoaded + creep * std::log1p((t - loadingEnd) / 0.1);
        time.push_back(t);
        load.push_back(pMax);
        depth.push_back(hHeld + parameters.driftNmPerS * t);
    }
    // Unloading: h = h_f + (h_max − h_f)(P/P_max)^{2/3}; elastic indents retrace the Hertz branch.
    const double hFinal = popIn ? hHeld - design.elasticRecovery * (hHeld - h0) : h0;
    for (int i = 1; i <= unloadSteps; ++i) {
        const double t = (loadingSteps + holdSteps + i) / design.sampleRateHz;
        const double p = pMax * (1.0 - double(i) / unloadSteps);
        time.push_back(t);
        load.push_back(p);
        depth.push_back(hFinal + (hHeld - hFinal) * std::cbrt(std::pow(p / pMax, 2.0)) +
                        parameters.driftNmPerS * t);
    }

    if (s.hasPopIn())
        s.tauCGpa =
            hertz::maxShearStress(s.popInLoadMicroNewton, parameters.reducedModulusGpa, design.tipRadiusNm);

    HysitronIndent &out = s.indent;
    out.segmentStarts = {0, std::size_t(loadingSteps + 1), std::size_t(loadingSteps + holdSteps + 1)};
    out.timeS = time;
    for (std::size_t i = 0; i < time.size(); ++i) {
        out.depthNm.push_back(depth[i] + random.normal(0.0, design.depthNoiseNm));
        out.loadUn.push_back(load[i] + random.normal(0.0, design.loadNoiseMicroNewton));
    }
    return s;
}

std::vector<SyntheticIndentArray> simulateIndentArrays(const SyntheticIndentationDesign &design,
                                                       std::uint64_t seed)
{
    SeededRandom random(seed, 0x4E49); // "NI"
    std::vector<SyntheticIndentArray> arrays;
    const QDateTime firstStart(QDate(2025, 3, 10), QTime(9, 0), QTimeZone::utc());
    const double radius = design.tipRadiusNm;
    for (std::size_t a = 0; a < design.agingTimesS.size(); ++a) {
        const double agingTime = design.agingTimesS[a];
        SyntheticIndentArray array;
        const QString name = QStringLiteral("%1_Ta%2K_ta%3s")
                                 .arg(design.sample, QString::number(design.agingTemperatureK, 'g', 12),
                                      QString::number(agingTime, 'g', 12));
        array.folder = QStringLiteral("nanoindentation/") + name;
        array.agingTimeS = agingTime;
        const double mean = design.tauCMean(agingTime);
        const double sd = design.tauCNormalizedFwhm(agingTime) * mean / kFwhmPerSigma;
        // The normal truncated at ±3 sd keeps its mean; its sd shrinks by
        // √(1 − 2·3·φ(3)/(1 − 2·Q(3))).
        const double phi3 = std::exp(-4.5) / std::sqrt(2.0 * std::numbers::pi);
        const double inside = std::erf(3.0 / std::sqrt(2.0));
        array.modelTauCMeanGpa = mean;
        array.modelTauCNormalizedFwhm =
            design.tauCNormalizedFwhm(agingTime) * std::sqrt(1.0 - 6.0 * phi3 / inside);

        // Which indents stay elastic: distinct random positions.
        std::vector<int> elastic;
        while (int(elastic.size()) < design.indentsWithoutPopInPerArray) {
            const int k = random.integer(0, design.indentsPerArray - 1);
            if (std::find(elastic.begin(), elastic.end(), k) == elastic.end())
                elastic.push_back(k);
        }
        for (int k = 0; k < design.indentsPerArray; ++k) {
            SyntheticIndentParameters p;
            p.reducedModulusGpa =
                random.normal(design.reducedModulusMean(agingTime), design.reducedModulusSdGpa);
            p.contactOffsetNm = random.uniform(-1.0, 1.0);
            p.driftNmPerS = random.normal(0.0, design.driftSdNmPerS);
            double tau = std::numeric_limits<double>::quiet_NaN();
            if (std::find(elastic.begin(), elastic.end(), k) == elastic.end()) {
                do
                    tau = random.normal(mean, sd);
                while (std::abs(tau - mean) > 3.0 * sd);
                const double p0 = tau / 0.31 * 1e9; // Pa
                const double er = p.reducedModulusGpa * 1e9;
                const double r = radius * 1e-9;
                p.criticalLoadMicroNewton =
                    p0 * p0 * p0 * std::pow(std::numbers::pi, 3) * r * r / (6.0 * er * er) * 1e6;
                const double depth = std::cbrt(
                    std::pow(p.criticalLoadMicroNewton / (4.0 / 3.0 * p.reducedModulusGpa *
                                                          kMicroNewtonPerNm2PerGpa * std::sqrt(radius)),
                             2.0));
                p.burstNm = (3.0 + 0.2 * depth) * random.uniform(0.8, 1.2);
            }
            SyntheticIndent indent = simulateIndent(design, p, random);
            indent.tauCDrawnGpa = tau;
            indent.fileName = QStringLiteral("%1_%2.txt").arg(name).arg(k, 5, 10, QLatin1Char('0'));
            indent.indent.started = firstStart.addDays(qint64(a)).addSecs(qint64(k) * 45);
            array.indents.push_back(std::move(indent));
        }
        arrays.push_back(std::move(array));
    }
    return arrays;
}

} // namespace gb
