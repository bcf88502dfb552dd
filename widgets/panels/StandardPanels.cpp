#include "panels/CurvesPanel.h"
#include "panels/PanelRegistry.h"
#include "panels/ResultsPanel.h"

namespace gb {

void registerStandardPanels(PanelRegistry &registry)
{
    registry.add<CurvesPanel>();
    // Technique panels go here, one line each, e.g. registry.add<DscPanel>();
    registry.add<ResultsPanel>();
}

} // namespace gb
