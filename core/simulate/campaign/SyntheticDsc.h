#pragma once

// The Flash DSC part of a synthetic campaign (issue 4): heating scans of a metallic glass made by
// the TNM engine (methods.md §2.3, parameter set P0 of §2.7) after isothermal annealing and after
// continuous cooling, each measured at several heating rates together with an as-cooled
// reference scan, plus white noise and a small linear drift; written as Mettler STARe multi-curve
// exports (one file per thermal history) with a manifest and the truth of every scan.
//
// The plan (what is simulated), the protocols, the noise-free scans and their truth are public
// so that tests and the GUI's demo can reproduce any single scan.

#include "data/Campaign.h"
#include "io/ResultTable.h"
#include "io/writers/StareExportWriter.h"
#include "simulate/ThermalProtocol.h"
#include "simulate/TnmParameters.h"
#include "simulate/TnmTrace.h"
#include "simulate/campaign/SyntheticCampaign.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// One thermal history of the synthetic DSC campaign; one STARe file per history.
struct SyntheticDscHistory {
    ThermalPath path = ThermalPath::Isothermal; ///< Isothermal or Isochronal
    double annealTemperatureK = 0;              ///< T_a, K
    double annealTimeS = 0;                     ///< t_a, s (isothermal)
    double coolingRateKPerS = 0;                ///< φ from T_s to T_a, K/s (isochronal)
};

/// Everything the DSC generator simulates. Units: K, K/s, s, ng, mW.
struct SyntheticDscPlan {
    QString sample = QStringLiteral("AuMG");
    double massNg = 484.0;
    TnmParameters tnm;                        ///< methods.md §2.7 P0
    HeatCapacityModel heatCapacity;           ///< specific heats (massMg is set from massNg)
    double equilibrationTemperatureK = 480.0; ///< every protocol starts in equilibrium here
    double quenchRateKPerS = 1000.0;          ///< cooling rate of the reference and of every quench
    double isochronalStartK = 403.0;          ///< T_s of continuous cooling
    double lowTemperatureK = 298.15;          ///< heating scans start here (25 °C) ...
    double highTemperatureK = 493.15;         ///< ... and end here (220 °C)
    double sampleStepK = 0.2;                 ///< temperature step of the simulation and of the files
    std::vector<double> heatingRates{100.0, 200.0, 500.0, 1000.0};
    std::vector<SyntheticDscHistory> histories;
    /// White noise of the heat flow: σ(β) = noiseAt1000·√(β / 1000 K/s), mW (the instrument
    /// averages more raw samples per exported point at slower rates).
    double noiseAt1000Mw = 2e-5;
    double driftOffsetMw = 3e-3;    ///< drift offset drawn uniformly from ±this, mW
    double driftSlopeMwPerK = 1e-5; ///< drift slope drawn uniformly from ±this, mW/K
    /// The program temperature Tr leads the simulated sample temperature Ts by β·τ_lag on
    /// heating (the files carry both; the analysis uses Ts), s.
    double thermalLagS = 2e-4;
};

/// The plan of `small` (one T_a, a few histories) or `paper` (three T_a, t_a = 0.1–1000 s and
/// φ = 1–100 K/s in 1-2-5 / 1-3 steps). Deterministic.
SyntheticDscPlan syntheticDscPlan(SyntheticCampaignSize size);

/// The protocol of one scan: equilibrate at T_eq; reference: quench to T_low; isothermal: quench
/// to T_a, hold t_a, quench to T_low; isochronal: quench to T_s, cool at φ to T_a, quench to
/// T_low; then heat at `heatingRate` to T_high (the last step). `history` null: the reference.
ThermalProtocol syntheticDscProtocol(const SyntheticDscPlan &plan, const SyntheticDscHistory *history,
                                     double heatingRate);

/// A noise-free heating scan and the fictive temperature it started from.
struct SyntheticDscScan {
    TnmCurve curve;                                                        ///< heating step only
    double fictiveTemperatureK = std::numeric_limits<double>::quiet_NaN(); ///< T_f before heating
};

/// Simulates one scan (see syntheticDscProtocol) with the plan's TNM parameters, heat capacity
/// and step. Errors: those of simulateTnm. Thread-safe.
Result<SyntheticDscScan> simulateSyntheticDscScan(const SyntheticDscPlan &plan,
                                                  const SyntheticDscHistory *history, double heatingRate);

/// The truth of one relaxed scan, from the noise-free, drift-free relaxed and reference curves
/// (the same temperature grid) with the definitions of the DSC analysis (interfaces.md §3,
/// methods.md §1.1 and §1.4):
/// - ΔH: net area of Φ_relaxed − Φ_ref over the whole heating scan divided by β (µJ), and per
///   mass (J/g); both scans are identical in the glass and in the liquid, so no baseline;
/// - T_p: vertex of the parabola through the largest sample of the difference and its neighbours;
/// - FWHM: outer crossings of half that vertex height, linear interpolation between samples;
/// - ΔT_f = T_f,ref − T_f,relaxed before heating (ΔH / (m·Δc_p) when Δc_p is constant).
struct SyntheticDscTruth {
    double enthalpyUj = std::numeric_limits<double>::quiet_NaN();
    double enthalpyJPerG = std::numeric_limits<double>::quiet_NaN();
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double fwhmK = std::numeric_limits<double>::quiet_NaN();
    double peakHeightMw = std::numeric_limits<double>::quiet_NaN();
    double fictiveDifferenceK = std::numeric_limits<double>::quiet_NaN();
};
SyntheticDscTruth syntheticDscTruth(const SyntheticDscScan &relaxed, const SyntheticDscScan &reference,
                                    double heatingRate, double massNg);

/// One STARe export of the campaign before it is written.
struct SyntheticDscFile {
    QString relativePath; ///< "dsc/<sample>_<path>_Ta<T_a>_....txt"
    StareExport data;     ///< curves as written (heat flow endothermic down, with noise and drift)
};

/// The DSC part before formatting: the exports, the manifest rows (interfaces.md §1) and the
/// truth table (one row per scan; see dsc/README.md written with it for every column).
struct SyntheticDscCampaign {
    SyntheticDscPlan plan;
    std::vector<SyntheticDscFile> files;
    std::vector<ManifestRow> manifestRows;
    ResultTable truth{QStringList{QStringLiteral("file"), QStringLiteral("segment")}};
};

/// Simulates the plan of `size`; noise and drift from SeededRandom(seed, DSC stream) in a fixed
/// order, so the same seed gives the same numbers. Scans are simulated on a local thread pool
/// (the result does not depend on the thread count). simulateDscPart() formats this.
SyntheticDscCampaign simulateDscCampaign(SyntheticCampaignSize size, std::uint64_t seed);

/// Kissinger E (kJ/mol) of the exact peak temperatures of one history at its heating rates, by
/// the analysis's own regression (kissingerEnergy); NaN with fewer than 3 rates.
double syntheticKissingerTruth(const std::vector<double> &heatingRates,
                               const std::vector<double> &peakTemperatures);

} // namespace gb
