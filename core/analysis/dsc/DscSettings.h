#pragma once

// Settings of the Flash DSC relaxation-peak analysis (methods.md §1.2–1.6): global defaults plus
// per-dataset overrides a person makes in the GUI (integration limits, baseline windows, sign
// flip, thermal lag, mass). Stored in the project file through toJson()/fromJson().

#include "data/Dataset.h"
#include "support/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <limits>
#include <optional>

namespace gb {

/// A closed temperature interval [lowK, highK] in K.
struct TemperatureWindow {
    double lowK = std::numeric_limits<double>::quiet_NaN();
    double highK = std::numeric_limits<double>::quiet_NaN();

    bool isValid() const { return lowK < highK; } ///< false for NaN edges
    double width() const { return highK - lowK; }
    bool contains(double t) const { return t >= lowK && t <= highK; }
    friend bool operator==(const TemperatureWindow &, const TemperatureWindow &) = default;
};

/// When the difference curve is smoothed before the peak is located (never for integrals).
enum class DscSmoothing {
    Automatic, ///< smooth only when the curve carries measurable noise
    Always,
    Never,
};

/// What a person changed for one scan (keyed by dataset id); unset = use the global default.
struct DscScanOverrides {
    std::optional<TemperatureWindow> glassWindow;  ///< baseline window in the glass, K
    std::optional<TemperatureWindow> liquidWindow; ///< baseline window in the supercooled liquid, K
    std::optional<double> lowerLimitK;             ///< integration limit T1, K
    std::optional<double> upperLimitK;             ///< integration limit T2, K
    bool flipSign = false;                         ///< invert the heat flow after the file's convention
    std::optional<double> thermalLagS;             ///< τ_lag for T_p − β·τ_lag, s
    std::optional<double> massNg;                  ///< replaces the manifest's mass_ng, ng

    bool isEmpty() const;
    friend bool operator==(const DscScanOverrides &, const DscScanOverrides &) = default;
};

/// Every setting one scan is analysed with: the global defaults merged with its overrides.
struct DscScanSettings {
    // Alignment (§1.2)
    double transientTolerance = 0.02; ///< |dT/dt − β|/β above which ramp points are cut
    double gridStepK = 0.0;           ///< common grid spacing; 0 = the relaxed scan's own samples
    HeatFlowSign unknownSignAssumption = HeatFlowSign::EndothermicUp; ///< for files that do not say
    bool flipSign = false;

    // Baseline (§1.3)
    double windowWidthK = 15.0;       ///< width of an automatic flat window
    double minimumWindowWidthK = 3.0; ///< narrower flat stretches are not used as windows
    double flatnessNoiseFactor = 5.0; ///< flat = |smoothed residual| ≤ factor·(its noise) ...
    double flatnessRelative = 1e-4;   ///< ... or ≤ this fraction of the largest |residual|
    std::optional<TemperatureWindow> glassWindow;
    std::optional<TemperatureWindow> liquidWindow;
    std::optional<double> lowerLimitK;
    std::optional<double> upperLimitK;
    double sensitivityShiftK = 5.0; ///< limits moved by ± this for the sensitivity check

    // Peak shape (§1.4)
    DscSmoothing smoothing = DscSmoothing::Automatic;
    double smoothingWindowK = 2.0;           ///< Savitzky–Golay window in K (same for every rate)
    double prominenceNoiseFactor = 5.0;      ///< peaks need prominence > factor·σ_noise ...
    double minimumRelativeProminence = 0.05; ///< ... and > this fraction of the dominant height
    double vertexFitLevel = 0.8;             ///< noisy data: quadratic through points above this fraction

    // Kinetics (§1.6) and sample
    double thermalLagS = 0.0;
    std::optional<double> massNg;
};

/// Global defaults and per-dataset overrides of the DSC analysis. Value type; thread-safe to read.
struct DscSettings {
    DscScanSettings defaults;
    QMap<QString, DscScanOverrides> overrides; ///< by dataset id ("file#segment")
    double rateTolerance = 0.005; ///< heating rates within this fraction are "the same" (pairing, grouping)
    int jobs = 0;                 ///< worker threads for a campaign; 0 = one per core

    /// The defaults merged with the overrides of `datasetId` (if any).
    DscScanSettings forDataset(const QString &datasetId) const;

    /// JSON for the project file. Only the settings that are set are written for overrides.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; missing keys keep their defaults. Error "bad_settings" on a
    /// value of the wrong type or an invalid window (low ≥ high).
    static Result<DscSettings> fromJson(const QJsonObject &json);
};

} // namespace gb
