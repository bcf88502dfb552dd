#pragma once

#include "document/Document.h"

#include <QAbstractTableModel>

namespace gb {

/// The campaign's manifest as a table: one row per dataset, one column per manifest column
/// (known and unknown ones, in the manifest's order). Editing a cell pushes an undoable
/// command on the document; `file` and `segment` are read-only (they name the data and the
/// dataset id; a file is changed by relocating it).
class MetadataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RowIdRole = Qt::UserRole + 1, ColumnNameRole };

    explicit MetadataTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString columnName(int column) const;
    static bool isReadOnlyColumn(const QString &column);
    /// The column's title in the interface language (its manifest name in English).
    static QString columnTitle(const QString &column);
    /// A sentence saying what a manifest column means (interfaces.md §1), for tooltips.
    static QString columnDescription(const QString &column);

private:
    Document *m_document;
};

} // namespace gb
