#include "docks/CampaignTreeView.h"

#include "models/CampaignTreeModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gb {

CampaignTreeView::CampaignTreeView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CampaignTreeModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_tree(new QTreeView(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CampaignTreeModel::NameColumn);
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CampaignTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CampaignTreeModel::PointsColumn, QHeaderView::ResizeToContents);
    m_filter->setPlaceholderText(tr("Find datasets (file, sample, Tₐ…)"));
    m_filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignTreeView::treeSelectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const QList<CurveRef> curves = m_model->curvesAt(m_proxy->mapToSource(current));
                if (curves.size() == 1)
                    m_document->setCurrentCurve(curves.front());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandToDepth(2);
        showDocumentSelection();
    });
    connect(document, &Document::selectionChanged, this, &CampaignTreeView::showDocumentSelection);
    connect(document, &Document::currentCurveChanged, this, &CampaignTreeView::showCurrentCurve);
    m_tree->expandToDepth(2);
}

void CampaignTreeView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CampaignTreeView::treeSelectionChanged()
{
    if (m_syncing)
        return;
    QList<CurveRef> curves;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(CampaignTreeModel::NameColumn))
        for (const CurveRef &curve : m_model->curvesAt(m_proxy->mapToSource(index)))
            if (!curves.contains(curve))
                curves << curve;
    m_syncing = true;
    m_document->setSelection(curves);
    if (!curves.isEmpty() && !curves.contains(m_document->currentCurve()))
        m_document->setCurrentCurve(curves.front());
    m_syncing = false;
}

void CampaignTreeView::showDocumentSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const CurveRef &curve : m_document->selection()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(curve));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(CampaignTreeModel::PointsColumn));
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    showCurrentCurve();
}

void CampaignTreeView::showCurrentCurve()
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(m_document->currentCurve()));
    if (!index.isValid())
        return;
    m_syncing = true;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_tree->scrollTo(index);
    m_syncing = false;
}

} // namespace gb
