#pragma once

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/dsc/DscSettings.h"
#include "analysis/indentation/IndentationSettings.h"
#include "analysis/relaxation/RelaxationSettings.h"

#include <QSet>

namespace gb {

class Progress;

/// Settings of every technique's analysis; the project file stores them.
struct AnalysisSettings {
    DscSettings dsc;
    RelaxationSettings relaxation;
    IndentationSettings indentation;
};

/// Runs the analysis of each technique in `techniques` (all when empty) that has rows in the
/// campaign and gathers their tables. Rows that could not be loaded appear in their
/// technique's tables with their read error as status. Deterministic: the same numbers
/// whatever the thread count.
AnalysisTables analyzeCampaign(const LoadedCampaign &campaign, const AnalysisSettings &settings,
                               const QSet<Technique> &techniques, Progress &progress);

} // namespace gb
