#include "panels/CurvesPanel.h"
#include "panels/PanelRegistry.h"
#include "panels/ResultsPanel.h"
#include "panels/dsc/DscPanel.h"
#include "panels/indentation/IndentationPanel.h"
#include "panels/relaxation/RelaxationPanel.h"

namespace gb {

void registerStandardPanels(PanelRegistry &registry)
{
    registry.add<CurvesPanel>();
    // Technique panels go here, one line each.
    registry.add<DscPanel>();
    registry.add<RelaxationPanel>();
    registry.add<IndentationPanel>();
    registry.add<ResultsPanel>();
}

} // namespace gb
