#include "panels/AnalysisPanel.h"

namespace gb {

AnalysisPanel::AnalysisPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document) {}

} // namespace gb
