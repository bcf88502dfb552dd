#include "analysis/campaign/CampaignAnalysis.h"

#include "analysis/dsc/DscCampaignAnalysis.h"
#include "analysis/indentation/IndentationCampaign.h"
#include "analysis/relaxation/RelaxationCampaign.h"
#include "support/Progress.h"

namespace gb {

namespace {
void append(AnalysisTables &into, AnalysisTables &&part)
{
    for (auto &table : part.tables)
        into.tables.push_back(std::move(table));
    into.diagnostics.insert(into.diagnostics.end(), part.diagnostics.begin(), part.diagnostics.end());
    into.someRowsFailed = into.someRowsFailed || part.someRowsFailed;
}
} // namespace

AnalysisTables analyzeCampaign(const LoadedCampaign &campaign, const AnalysisSettings &settings,
                               const QSet<Technique> &techniques, Progress &progress)
{
    AnalysisTables all;
    auto wanted = [&](Technique t) {
        return (techniques.isEmpty() || techniques.contains(t)) && !campaign.entriesOf(t).empty() &&
               !progress.isCancelled();
    };
    if (wanted(Technique::Dsc))
        append(all, analyzeDscCampaign(campaign, settings.dsc, progress));
    if (wanted(Technique::StressRelaxation))
        append(all, analyzeRelaxationCampaign(campaign, settings.relaxation, progress));
    if (wanted(Technique::Nanoindentation))
        append(all, analyzeIndentationCampaign(campaign, settings.indentation, progress));
    return all;
}

} // namespace gb
