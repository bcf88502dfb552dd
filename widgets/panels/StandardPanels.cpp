#include "panels/CurvesPanel.h"
#include "panels/PanelRegistry.h"
#include "panels/ResultsPanel.h"
#include "panels/dsc/DscPanel.h"

namespace gb {

void registerStandardPanels(PanelRegistry &registry)
{
    registry.add<CurvesPanel>();
    // Technique panels go here, one line each.
    registry.add<DscPanel>();
    registry.add<ResultsPanel>();
}

} // namespace gb
