#include "panels/AnalysisPanel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

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

void AnalysisPanel::layOutTechniqueTabs(QTabWidget *tabs, QWidget *current, QTableWidget *table,
                                        int currentShare, const QString &currentTitle, QWidget *series,
                                        const QString &seriesTitle)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(current);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, currentShare);
    splitter->setStretchFactor(1, 2);
    tabs->addTab(splitter, currentTitle);
    tabs->addTab(series, seriesTitle);
    tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

void AnalysisPanel::followCurrentDataset(QString *datasetId, QTableWidget *table,
                                         std::function<bool(const QString &)> accepts)
{
    connect(table, &QTableWidget::currentCellChanged, this, [this, datasetId, table](int row) {
        if (!table->hasFocus() || row < 0 || !table->item(row, 0))
            return;
        const QString id = table->item(row, 0)->data(Qt::UserRole).toString();
        if (!id.isEmpty() && id != *datasetId)
            m_document->setCurrentCurve(CurveRef{id, 0});
    });
    connect(m_document, &Document::currentCurveChanged, this, [this, datasetId, accepts] {
        const QString id = m_document->currentCurve().rowId;
        if (accepts(id) && id != *datasetId) {
            *datasetId = id;
            scheduleRedraw();
        }
    });
    connect(m_document, &Document::documentReset, this, [this, datasetId] {
        datasetId->clear();
        scheduleRedraw();
    });
}

} // namespace gb
