#pragma once

#include "support/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gb {

enum class Technique { Dsc, StressRelaxation, Nanoindentation };
enum class ThermalPath { Unspecified, Isothermal, Isochronal, Reference };

QString techniqueId(Technique technique); ///< "dsc", "stress_relaxation", "nanoindentation"
std::optional<Technique> techniqueFromId(const QString &id);
QString thermalPathId(ThermalPath path); ///< "", "isothermal", "isochronal", "reference"
std::optional<ThermalPath> thermalPathFromId(const QString &id);

/// The manifest columns of interfaces.md §1, in their documented order.
const QStringList &manifestColumns();

/// One row of a campaign manifest exactly as written: every cell by column name, known or not.
/// Cells are the source of truth; CampaignEntry is parsed from them.
struct ManifestRow {
    qint64 line = 0; ///< 1-based line in the manifest where the row starts
    QMap<QString, QString> cells;
};

/// A campaign manifest as read: comments before the header, the header's column order and the
/// rows. Writing it back reproduces comments, column order and unknown columns.
struct Manifest {
    QString path;                ///< where it was read from (empty for a new one)
    QStringList leadingComments; ///< lines before the header, each starting with '#'
    QStringList columns;
    std::vector<ManifestRow> rows;
    std::vector<Diagnostic> diagnostics; ///< findings while reading (malformed rows)
};

/// One measurement of a campaign with the thermal history of its sample. Quantities are in
/// the units the column names state (K, s, K/s, ng, nm, fraction); unset means "not given".
struct CampaignEntry {
    qint64 manifestLine = 0;
    QString file;         ///< as written in the manifest
    QString resolvedPath; ///< absolute path
    QString segment;      ///< 1-based index or curve name; empty = only or first curve
    Technique technique = Technique::Dsc;
    QString sample;
    ThermalPath path = ThermalPath::Unspecified;
    std::optional<double> agingTemperatureK;        ///< T_a_K
    std::optional<double> agingTimeS;               ///< t_a_s
    std::optional<double> coolingRateKPerS;         ///< phi_K_per_s
    std::optional<double> coolingStartTemperatureK; ///< T_s_K
    std::optional<double> heatingRateKPerS;         ///< heating_rate_K_per_s
    std::optional<double> massNg;                   ///< mass_ng
    std::optional<double> testTemperatureK;         ///< T_test_K (stress relaxation; default T_a_K)
    std::optional<double> strain;                   ///< strain, fraction
    std::optional<double> tipRadiusNm;              ///< tip_radius_nm
    std::optional<double> glassTransitionK;         ///< Tg_K
    QString reference;                              ///< DSC: "file" or "file#segment" of the reference scan
    QMap<QString, QString> extra;                   ///< unknown columns, kept verbatim
};

/// A manifest's rows that could be understood, with a diagnostic for each one that could not.
struct Campaign {
    Manifest manifest;
    std::vector<CampaignEntry> entries;
    std::vector<Diagnostic> diagnostics;
};

/// Parses one row; relative file paths are resolved against the manifest's folder. Errors name the manifest
/// file and the row's line: a missing file, an unknown technique or path, a number that is not a number.
Result<CampaignEntry> parseCampaignEntry(const ManifestRow &row, const QString &manifestPath);

/// Parses every row; bad rows become diagnostics and are left out of `entries`.
Campaign buildCampaign(Manifest manifest);

} // namespace gb
