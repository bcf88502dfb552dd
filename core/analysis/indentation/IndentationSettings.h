#pragma once

// Settings of the nanoindentation analysis (issue 8; methods.md §4), stored in a project file
// through toJson()/fromJson().

#include "support/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace gb {

/// How the indenter was driven on loading.
enum class IndentControlMode { Auto, Load, Displacement };

/// Thresholds of the pop-in detector (methods.md §4.3).
struct PopInDetectorSettings {
    double k = 6.0;                           ///< threshold in robust standard deviations (1.4826·MAD)
    double minimumBurstNm = 0.5;              ///< Δh_abs: smallest burst counted, nm
    double minimumLoadDropMicroNewton = 0.5;  ///< displacement control: smallest load drop, µN
    int lag = 4;                              ///< m of the Hertz-residual jump r_i − r_{i−m}
    double residualMinimumLoadFraction = 0.1; ///< residual test only above this fraction of P_max
};

/// Per-indent choices a person made: leave it out, or restrict the Hertz fit to a depth window.
struct IndentOverride {
    bool rejected = false;
    std::optional<double> fitMinimumDepthNm;
    std::optional<double> fitMaximumDepthNm;
};

/// Everything the indentation analysis can be told.
struct IndentationSettings {
    double defaultTipRadiusNm = 1000.0; ///< R when the manifest has no tip_radius_nm
    IndentControlMode controlMode = IndentControlMode::Auto;
    PopInDetectorSettings detector;
    int passes = 3; ///< fit → detect → refit passes
    int jobs = 0;   ///< worker threads; 0 = one per core
    /// Overrides keyed by overrideKey(datasetId, indexOfIndent).
    QMap<QString, IndentOverride> overrides;

    /// "datasetId@index" (index 0-based within the row's indent array).
    static QString overrideKey(const QString &datasetId, int indentIndex);
    /// The override of one indent (defaults when there is none).
    IndentOverride overrideFor(const QString &datasetId, int indentIndex) const;
    /// Whether any indent of the row has an override.
    bool hasOverridesFor(const QString &datasetId) const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; missing keys keep their defaults; a key of the wrong type is an error.
    static Result<IndentationSettings> fromJson(const QJsonObject &object);
};

} // namespace gb
