#pragma once

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace gb {

class AnalysisPanel;
class Document;

/// The panels the window shows, in tab order. Each entry makes one panel for a document.
class PanelRegistry {
public:
    using Factory = std::function<AnalysisPanel *(Document *, QWidget *)>;

    /// The registry with every built-in panel (see registerStandardPanels).
    static const PanelRegistry &standard();

    void add(Factory factory) { m_factories.push_back(std::move(factory)); }
    template <typename Panel>
    void add()
    {
        add([](Document *document, QWidget *parent) -> AnalysisPanel * {
            return new Panel(document, parent);
        });
    }

    /// Makes one of each panel.
    std::vector<AnalysisPanel *> createPanels(Document *document, QWidget *parent) const;

private:
    std::vector<Factory> m_factories;
};

/// Adds the built-in panels: one line per panel.
void registerStandardPanels(PanelRegistry &registry);

} // namespace gb
