#pragma once

// Stress-relaxation part of a synthetic campaign (issue 4): DMA stress-relaxation curves from the
// aging model of the relaxation-time distribution (simulate/AgingDistribution.h), written as TA
// Universal Analysis exports, with their manifest rows and truth.
//
// Model. At the reference temperature the unaged glass has a log-normal distribution of ln τ′;
// aging for t_a shifts every time by A·t_a^μ and broadens ln τ′ by σ_b(t_a) = b·ln(1 + t_a/t_b).
// Every relaxation time scales with the test temperature by a_T = exp[Ea/R·(1/T − 1/T_ref)], so
// τ_KWW follows Arrhenius over T while β_KWW(t_a) keeps its shape. A curve is the response to a
// linear strain ramp of duration t_r (Boltzmann superposition, exact for the Prony form of the
// distribution): σ(t) = E·ε₀/t_r · Σ w_i τ′_i [e^{−(t−m)/τ′_i} − e^{−t/τ′_i}], m = min(t, t_r),
// then the strain held at ε₀. Gaussian noise is added to stress, strain and temperature.
//
// truth.csv (one table, three kinds of rows told apart by the column `row`):
// * `curve` rows (file, segment empty): sample, T_a_K, t_a_s, T_test_K, strain, the model at the test
//   temperature (modulus_MPa = E, ramp_s = t_r, stress_noise_MPa = SD of the added noise, tau0_s =
//   median of the unaged distribution, s0 = its SD of ln τ′, shift_s = A·t_a^μ, shift_exponent = μ
//   of the shift, broadening = σ_b(t_a)), the distribution's own KWW description (model_beta,
//   model_tau_s: fitSpectrumKww window, spectrum only, no ramp), and what the analysis reports
//   when it is given the NOISE-FREE curve with its default settings: beta, tau_s, r2 (the KWW fit
//   of sr_kww.csv).
// * `aging` rows (file empty), one per (sample, T_a): the aging laws of the analysis fitted to the
//   noise-free τ and β of the curve rows: mu, A_s (single law), t_break_s, mu1, mu2 (two-stage
//   law) and beta_peak_t_a_s, as in sr_aging.csv.
// * `arrhenius` rows (file empty), one per (sample, t_a): Ea_kJ_per_mol of the analysis's
//   Arrhenius fit to the noise-free τ, and model_Ea_kJ_per_mol, the Ea every relaxation time has.

#include "io/writers/UniversalAnalysisWriter.h"
#include "simulate/AgingDistribution.h"
#include "simulate/campaign/SyntheticCampaign.h"

#include <vector>

namespace gb {

/// The design of the stress-relaxation part: temperatures, aging times, the aging model at the
/// reference temperature and the instrument.
struct SyntheticRelaxationDesign {
    QString sample;
    std::vector<double> temperaturesK; ///< T_a = T_test
    std::vector<double> agingTimesS;
    double referenceTemperatureK = 0;
    AgingDistributionModel model;   ///< times in s at the reference temperature
    double activationEnergy = 0;    ///< J/mol, of every relaxation time
    double strain = 0;              ///< ε₀, fraction
    double modulusMpa = 0;          ///< E: σ = E·ε for an instantaneous step
    double rampS = 0;               ///< t_r, duration of the loading ramp
    double stressNoiseMpa = 0;      ///< SD of the Gaussian noise on σ
    double strainNoise = 0;         ///< SD on ε (fraction)
    double temperatureNoiseK = 0;   ///< SD on the recorded temperature
    double minimumDurationS = 3600; ///< curves last 6·τ_KWW, within these bounds
    double maximumDurationS = 9000;
};

/// The design of `size` (small: 3 temperatures × 8 aging times; paper: 5 × 12).
SyntheticRelaxationDesign relaxationDesign(SyntheticCampaignSize size);

/// The aging model at temperature `temperatureK`: τ₀ and A scaled by a_T.
AgingDistributionModel relaxationModelAt(const SyntheticRelaxationDesign &design, double temperatureK);

/// Sample times of a curve (file clock, s): 1 s at zero strain, the ramp every 0.2 s, then every
/// 0.5 s for 30 s, every 2 s up to 300 s and every 10 s up to `durationS` after the ramp.
std::vector<double> relaxationSampleTimes(double rampS, double durationS);

/// Noise-free σ(t) in MPa of a ramp to `strain` over [rampStartS, rampStartS + rampS] for the
/// distribution `spectrum` (τ′ in s) and unrelaxed modulus `modulusMpa`.
std::vector<double> rampedRelaxationStress(const RelaxationSpectrum &spectrum,
                                           const std::vector<double> &timesS, double rampStartS, double rampS,
                                           double strain, double modulusMpa);

/// One generated curve: the run as written (noisy, internal units) and its truth.
struct SyntheticRelaxationCurve {
    QString relativePath; ///< "stress_relaxation/<name>.txt"
    double temperatureK = 0;
    double agingTimeS = 0;
    UniversalAnalysisRun run;
    double shiftS = 0;     ///< A·t_a^μ at the test temperature
    double broadening = 0; ///< σ_b(t_a)
    double tau0S = 0;      ///< median of the unaged distribution at the test temperature
    double modelBeta = 0;  ///< KWW of the distribution (fitKwwToSpectrum)
    double modelTauS = 0;
    QString truthStatus; ///< status of the analysis on the noise-free curve
    double beta = 0;     ///< analysis of the noise-free curve
    double tauS = 0;
    double rSquared = 0;
};

/// The curves of the part in manifest order (temperature after temperature, aging times
/// ascending), from the random stream (seed, 0x5352 "SR"). Deterministic.
std::vector<SyntheticRelaxationCurve> simulateRelaxationCurves(const SyntheticRelaxationDesign &design,
                                                               std::uint64_t seed);

} // namespace gb
