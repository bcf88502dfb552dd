#pragma once

#include "analysis/campaign/CurveAnalysis.h"
#include "data/Campaign.h"
#include "data/Dataset.h"
#include "io/Importer.h"

#include <optional>
#include <vector>

namespace gb {

class AnalysisOnRead;
class ImporterRegistry;
class Progress;

/// A campaign entry with the curve(s) its row names. A DSC or stress-relaxation row has one
/// dataset; a nanoindentation row naming a folder (an indent array) has one per indent.
struct LoadedEntry {
    CampaignEntry entry;
    QString datasetId;                ///< stable id: manifest-relative file, '#', segment
    std::vector<DatasetPtr> datasets; ///< empty when loading failed
    std::optional<Error> loadError;   ///< why nothing was loaded
    /// With LoadOptions::analysisOnRead, what it made of each curve, in the order of `datasets`,
    /// whose columns it then released; otherwise empty.
    std::vector<std::shared_ptr<const CurveAnalysis>> analysesOnRead;

    bool ok() const { return !loadError && !datasets.empty(); }
    /// The analysis on reading of curve `index`, when it has one of type T.
    template <typename T>
    const T *analysisOnRead(std::size_t index) const
    {
        return index < analysesOnRead.size() ? std::get_if<T>(analysesOnRead[index].get()) : nullptr;
    }
};

/// Everything an analysis needs: the parsed manifest and the loaded data, in manifest order,
/// plus every diagnostic met on the way (manifest rows, importer warnings).
struct LoadedCampaign {
    Campaign campaign;
    std::vector<LoadedEntry> entries;
    std::vector<Diagnostic> diagnostics;

    /// Entries of one technique, in manifest order.
    std::vector<const LoadedEntry *> entriesOf(Technique technique) const;
};

struct LoadOptions {
    int jobs = 0; ///< worker threads; 0 = one per core
    /// Importer forced for a file (manifest-relative path → importer id), with its options.
    QMap<QString, QString> forcedFormats;
    QMap<QString, ImportOptions> importOptions;
    /// When set, the curves of the rows it handles are analysed by the thread that read them and
    /// keep only their names and metadata (see AnalysisOnRead); it must outlive the call.
    const AnalysisOnRead *analysisOnRead = nullptr;
};

/// Reads every data file of the campaign once (files holding several curves are shared by
/// their rows), in parallel, and picks each row's curve by its `segment` cell (1-based index
/// or exact curve name). Rows whose file cannot be read or whose segment does not exist get
/// a loadError naming the manifest line. Cancelling through `progress` stops early; the
/// entries not reached then carry a "cancelled" error.
LoadedCampaign loadCampaign(Campaign campaign, const ImporterRegistry &registry, Progress &progress,
                            const LoadOptions &options = {});

/// The dataset id of a manifest row: its file as written, '#', and its segment (or "1").
QString datasetIdFor(const CampaignEntry &entry);

} // namespace gb
