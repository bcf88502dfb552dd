#include "analysis/campaign/AnalysisOnRead.h"

#include "analysis/indentation/IndentationCampaign.h"

namespace gb {

AnalysisOnRead::AnalysisOnRead(AnalysisSettings settings, QSet<Technique> techniques)
    : m_settings(std::move(settings)), m_techniques(std::move(techniques))
{
}

bool AnalysisOnRead::handles(const CampaignEntry &entry) const
{
    if (!m_techniques.isEmpty() && !m_techniques.contains(entry.technique))
        return false;
    switch (entry.technique) {
    case Technique::Dsc: return false;
    case Technique::StressRelaxation: return true;
    case Technique::Nanoindentation: return !m_settings.indentation.hasOverridesFor(datasetIdFor(entry));
    }
    return false;
}

CurveAnalysis AnalysisOnRead::analyze(const CampaignEntry &entry, const Dataset &curve) const
{
    if (entry.technique == Technique::Nanoindentation) {
        IndentResult indent =
            analyzeIndent(curve, tipRadiusNmOf(entry, m_settings.indentation), m_settings.indentation);
        // Only a plot draws the loading segment; the tables are made of the fit and the pop-ins.
        indent.loadingDepthNm = std::vector<double>();
        indent.loadingLoadMicroNewton = std::vector<double>();
        return indent;
    }
    RelaxationCurveResult relaxation =
        analyzeRelaxationCurve(curve, m_settings.relaxation.forDataset(datasetIdFor(entry)));
    // Only a plot draws the curve and the fit; of their points the tables need the times (that a
    // step was found) and the weights (whether there were any).
    relaxation.curve.normalized = std::vector<double>();
    relaxation.fitTimes = std::vector<double>();
    relaxation.fitValues = std::vector<double>();
    relaxation.residuals = std::vector<double>();
    return relaxation;
}

} // namespace gb
