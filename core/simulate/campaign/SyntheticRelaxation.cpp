#include "simulate/campaign/SyntheticRelaxation.h"

#include "analysis/relaxation/AgingLaw.h"
#include "analysis/relaxation/RelaxationArrhenius.h"
#include "analysis/relaxation/RelaxationFit.h"
#include "analysis/relaxation/RelaxationSettings.h"
#include "data/Dataset.h"
#include "simulate/SpectrumKwwFit.h"
#include "simulate/campaign/SeededRandom.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
constexpr std::uint64_t kRelaxationStream = 0x5352; // "SR"
constexpr double kRampStartS = 1.0;
constexpr double kGlassTransitionK = 670.0;

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString curveName(const SyntheticRelaxationDesign &design, double temperatureK, double agingTimeS)
{
    return QStringLiteral("%1_Ta%2K_ta%3s").arg(design.sample, number(temperatureK), number(agingTimeS));
}

Column makeColumn(const QString &name, Quantity quantity, const QString &unit, std::vector<double> values)
{
    Column c;
    c.name = name;
    c.quantity = quantity;
    c.unit = unit;
    c.originalUnit = unit;
    c.values = std::move(values);
    return c;
}

/// The analysis's view of a noise-free curve (default settings of the campaign analysis).
RelaxationCurveResult analyzeNoiseFree(const std::vector<double> &times, const std::vector<double> &stress,
                                       const std::vector<double> &strain)
{
    Dataset dataset;
    dataset.columns.push_back(makeColumn(QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"), times));
    dataset.columns.push_back(
        makeColumn(QStringLiteral("Stress"), Quantity::Stress, QStringLiteral("MPa"), stress));
    dataset.columns.push_back(
        makeColumn(QStringLiteral("Strain"), Quantity::Strain, QStringLiteral("fraction"), strain));
    return analyzeRelaxationCurve(dataset, RelaxationSettings{}.defaults);
}

bool usable(const QString &status)
{
    return status == QLatin1String("ok") || status == QLatin1String("beta_at_bound");
}
} // namespace

std::vector<SyntheticRelaxationCurve> simulateRelaxationCurves(const SyntheticRelaxationDesign &design,
                                                               std::uint64_t seed)
{
    SeededRandom random(seed, kRelaxationStream);
    std::vector<SyntheticRelaxationCurve> curves;
    const QDateTime firstStart(QDate(2025, 3, 3), QTime(8, 0), QTimeZone::utc());
    int index = 0;
    for (double temperature : design.temperaturesK) {
        const AgingDistributionModel model = relaxationModelAt(design, temperature);
        for (double agingTime : design.agingTimesS) {
            SyntheticRelaxationCurve c;
            c.temperatureK = temperature;
            c.agingTimeS = agingTime;
            c.relativePath = QStringLiteral("stress_relaxation/") +
                             curveName(design, temperature, agingTime) + QStringLiteral(".txt");
            c.shiftS = model.shift(agingTime);
            c.broadening = model.broadening(agingTime);
            c.tau0S = std::exp(model.initialLnTauMedian);
            const RelaxationSpectrum spectrum = agedSpectrum(model, agingTime).value();
            const KwwFitResult modelFit = fitKwwToSpectrum(spectrum);
            c.modelBeta = modelFit.beta;
            c.modelTauS = modelFit.tau;
            const double duration = std::clamp(600.0 * std::ceil(6.0 * modelFit.tau / 600.0),
                                               design.minimumDurationS, design.maximumDurationS);
            const std::vector<double> times = relaxationSampleTimes(design.rampS, duration);
            const std::vector<double> stress = rampedRelaxationStress(
                spectrum, times, kRampStartS, design.rampS, design.strain, design.modulusMpa);
            std::vector<double> strain(times.size());
            for (std::size_t i = 0; i < times.size(); ++i)
                strain[i] = design.strain * std::clamp((times[i] - kRampStartS) / design.rampS, 0.0, 1.0);

            const RelaxationCurveResult truth = analyzeNoiseFree(times, stress, strain);
            c.truthStatus = truth.status;
            c.beta = truth.kww.beta;
            c.tauS = truth.kww.tau;
            c.rSquared = truth.kww.rSquared;

            UniversalAnalysisRun &run = c.run;
            run.sampleName = design.sample;
            run.method = QStringLiteral("Stress Relaxation %1 K after %2 s aging")
                             .arg(number(temperature), number(agingTime));
            run.started = firstStart.addSecs(qint64(index) * 86400);
            run.timeS = times;
            for (std::size_t i = 0; i < times.size(); ++i) {
                run.temperatureK.push_back(temperature + random.normal(0.0, design.temperatureNoiseK));
                run.stressMpa.push_back(stress[i] + random.normal(0.0, design.stressNoiseMpa));
                run.strain.push_back(strain[i] + random.normal(0.0, design.strainNoise));
            }
            curves.push_back(std::move(c));
            ++index;
        }
    }
    return curves;
}

SyntheticPart simulateRelaxationPart(SyntheticCampaignSize size, std::uint64_t seed)
{
    const SyntheticRelaxationDesign design = relaxationDesign(size);
    const std::vector<SyntheticRelaxationCurve> curves = simulateRelaxationCurves(design, seed);

    SyntheticPart part;
    part.folder = QStringLiteral("stress_relaxation");
    part.truth = ResultTable(QStringList{QStringLiteral("file"),
                                         QStringLiteral("segment"),
                                         QStringLiteral("row"),
                                         QStringLiteral("sample"),
                                         QStringLiteral("T_a_K"),
                                         QStringLiteral("t_a_s"),
                                         QStringLiteral("T_test_K"),
                                         QStringLiteral("strain"),
                                         QStringLiteral("modulus_MPa"),
                                         QStringLiteral("ramp_s"),
                                         QStringLiteral("stress_noise_MPa"),
                                         QStringLiteral("tau0_s"),
                                         QStringLiteral("s0"),
                                         QStringLiteral("shift_s"),
                                         QStringLiteral("shift_exponent"),
                                         QStringLiteral("broadening"),
                                         QStringLiteral("model_beta"),
                                         QStringLiteral("model_tau_s"),
                                         QStringLiteral("beta"),
                                         QStringLiteral("tau_s"),
                                         QStringLiteral("r2"),
                                         QStringLiteral("status"),
                                         QStringLiteral("mu"),
                                         QStringLiteral("A_s"),
                                         QStringLiteral("t_break_s"),
                                         QStringLiteral("mu1"),
                                         QStringLiteral("mu2"),
                                         QStringLiteral("beta_peak_t_a_s"),
                                         QStringLiteral("Ea_kJ_per_mol"),
                                         QStringLiteral("model_Ea_kJ_per_mol")});
    ResultTable &truth = part.truth;

    for (const SyntheticRelaxationCurve &c : curves) {
        part.files.push_back(SyntheticFile{c.relativePath, writeUniversalAnalysisRun(c.run)});
        ManifestRow row;
        row.cells.insert(QStringLiteral("file"), c.relativePath);
        row.cells.insert(QStringLiteral("technique"), QStringLiteral("stress_relaxation"));
        row.cells.insert(QStringLiteral("sample"), design.sample);
        row.cells.insert(QStringLiteral("path"), QStringLiteral("isothermal"));
        row.cells.insert(QStringLiteral("T_a_K"), number(c.temperatureK));
        row.cells.insert(QStringLiteral("t_a_s"), number(c.agingTimeS));
        row.cells.insert(QStringLiteral("T_test_K"), number(c.temperatureK));
        row.cells.insert(QStringLiteral("strain"), number(design.strain));
        row.cells.insert(QStringLiteral("Tg_K"), number(kGlassTransitionK));
        part.manifestRows.push_back(std::move(row));

        truth.addRow();
        truth.set(QStringLiteral("file"), c.relativePath);
        truth.set(QStringLiteral("row"), QStringLiteral("curve"));
        truth.set(QStringLiteral("sample"), design.sample);
        truth.set(QStringLiteral("T_a_K"), c.temperatureK);
        truth.set(QStringLiteral("t_a_s"), c.agingTimeS);
        truth.set(QStringLiteral("T_test_K"), c.temperatureK);
        truth.set(QStringLiteral("strain"), design.strain);
        truth.set(QStringLiteral("modulus_MPa"), design.modulusMpa);
        truth.set(QStringLiteral("ramp_s"), design.rampS);
        truth.set(QStringLiteral("stress_noise_MPa"), design.stressNoiseMpa);
        truth.set(QStringLiteral("tau0_s"), c.tau0S);
        truth.set(QStringLiteral("s0"), design.model.initialWidth);
        truth.set(QStringLiteral("shift_s"), c.shiftS);
        truth.set(QStringLiteral("shift_exponent"), design.model.shiftExponent);
        truth.set(QStringLiteral("broadening"), c.broadening);
        truth.set(QStringLiteral("model_beta"), c.modelBeta);
        truth.set(QStringLiteral("model_tau_s"), c.modelTauS);
        truth.set(QStringLiteral("beta"), c.beta);
        truth.set(QStringLiteral("tau_s"), c.tauS);
        truth.set(QStringLiteral("r2"), c.rSquared);
        truth.set(QStringLiteral("status"), c.truthStatus);
    }

    const RelaxationSettings settings;
    for (double temperature : design.temperaturesK) {
        std::vector<AgingPoint> points;
        for (const SyntheticRelaxationCurve &c : curves)
            if (c.temperatureK == temperature && usable(c.truthStatus))
                points.push_back(AgingPoint{c.agingTimeS, c.tauS, c.beta});
        const AgingLawResult law = fitAgingLaw(points, settings.minimumAgingTimes, settings.breakBicMargin);
        truth.addRow();
        truth.set(QStringLiteral("row"), QStringLiteral("aging"));
        truth.set(QStringLiteral("sample"), design.sample);
        truth.set(QStringLiteral("T_a_K"), temperature);
        truth.set(QStringLiteral("T_test_K"), temperature);
        truth.set(QStringLiteral("status"), law.status);
        if (law.ok()) {
            truth.set(QStringLiteral("mu"), law.single.exponent);
            truth.set(QStringLiteral("A_s"), law.single.prefactor);
            if (law.twoStage.ok() && law.breakSupported) {
                truth.set(QStringLiteral("t_break_s"), law.twoStage.breakTime);
                truth.set(QStringLiteral("mu1"), law.twoStage.exponent1);
                truth.set(QStringLiteral("mu2"), law.twoStage.exponent2);
            }
            truth.set(QStringLiteral("beta_peak_t_a_s"), law.betaPeakAgingTimeS);
        }
    }
    for (double agingTime : design.agingTimesS) {
        std::vector<double> temperatures;
        std::vector<double> taus;
        for (const SyntheticRelaxationCurve &c : curves)
            if (c.agingTimeS == agingTime && usable(c.truthStatus)) {
                temperatures.push_back(c.temperatureK);
                taus.push_back(c.tauS);
            }
        const RelaxationArrheniusResult fit =
            fitRelaxationArrhenius(temperatures, taus, kGlassTransitionK, settings.minimumTemperatures);
        truth.addRow();
        truth.set(QStringLiteral("row"), QStringLiteral("arrhenius"));
        truth.set(QStringLiteral("sample"), design.sample);
        truth.set(QStringLiteral("t_a_s"), agingTime);
        truth.set(QStringLiteral("status"), fit.status);
        if (fit.ok())
            truth.set(QStringLiteral("Ea_kJ_per_mol"), fit.activationEnergy / 1000.0);
        truth.set(QStringLiteral("model_Ea_kJ_per_mol"), design.activationEnergy / 1000.0);
    }
    return part;
}

} // namespace gb
