#pragma once

#include "io/ResultTable.h"

#include <QAbstractTableModel>

#include <optional>

namespace gb {

/// One result table (interfaces.md §3) for a table view: the cells exactly as the CSV writes
/// them, numbers right-aligned.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setTable(const std::optional<ResultTable> &table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<ResultTable> m_table;
};

} // namespace gb
