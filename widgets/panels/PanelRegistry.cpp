#include "panels/PanelRegistry.h"

#include "panels/AnalysisPanel.h"

namespace gb {

const PanelRegistry &PanelRegistry::standard()
{
    static const PanelRegistry registry = [] {
        PanelRegistry r;
        registerStandardPanels(r);
        return r;
    }();
    return registry;
}

std::vector<AnalysisPanel *> PanelRegistry::createPanels(Document *document, QWidget *parent) const
{
    std::vector<AnalysisPanel *> panels;
    for (const Factory &factory : m_factories)
        panels.push_back(factory(document, parent));
    return panels;
}

} // namespace gb
