#include "panels/AnalysisPanel.h"

#include <QTimer>

namespace gb {

AnalysisPanel::AnalysisPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document) {}

void AnalysisPanel::scheduleRedraw()
{
    if (m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawPending = false;
        if (isVisible())
            redrawScheduled();
        else
            m_staleWhileHidden = true;
    });
}

void AnalysisPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_staleWhileHidden) {
        m_staleWhileHidden = false;
        scheduleRedraw();
    }
}

} // namespace gb
