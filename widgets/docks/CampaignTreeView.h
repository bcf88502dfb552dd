#pragma once

#include "document/Document.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace gb {

class CampaignTreeModel;

/// The Campaign dock's content: a filter field (Find) over the tree sample → technique →
/// path → dataset. Selecting items selects their curves in the document; the document's
/// current curve (a click in a plot) is shown and scrolled to.
class CampaignTreeView : public QWidget {
    Q_OBJECT
public:
    explicit CampaignTreeView(Document *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    CampaignTreeModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    /// Puts the keyboard focus in the filter field and selects its text (Find).
    void focusFilter();

private:
    void treeSelectionChanged();
    void showDocumentSelection();
    void showCurrentCurve();

    Document *m_document;
    CampaignTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    bool m_syncing = false;
};

} // namespace gb
