#pragma once

#include "document/Document.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace gb {

/// The campaign as a tree: sample → technique → thermal path → dataset (a manifest row), and
/// under an indent-array row one item per indent. Read-only; rebuilt from the document when
/// rows or their grouping cells change. Items carry the curves they stand for (roles below).
class CampaignTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, ///< QString: the dataset id of the row (dataset and curve items)
        CurveIndexRole,               ///< int: curve within the row; -1 for a row with several curves
        KindRole,                     ///< int: Kind
    };
    enum class Kind { Sample, Technique, Path, Dataset, Curve };
    enum Column { NameColumn, PointsColumn, ColumnCount };

    explicit CampaignTreeModel(Document *document, QObject *parent = nullptr);
    ~CampaignTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Every curve an item stands for (a group: all curves below it).
    QList<CurveRef> curvesAt(const QModelIndex &index) const;
    /// The item of a curve: the curve item of an indent, else the dataset item.
    QModelIndex indexOf(const CurveRef &curve) const;

    /// Display names of the manifest's technique and path ids ("dsc" → "DSC").
    static QString techniqueName(const QString &id);
    static QString pathName(const QString &id);

private:
    struct Node;
    void rebuild();
    const Node *nodeOf(const QModelIndex &index) const;
    void collect(const Node *node, QList<CurveRef> &curves) const;

    Document *m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace gb
