#include "models/ResultTableModel.h"
#include "models/ModelIndex.h"

namespace gb {

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultTableModel::setTable(const std::optional<ResultTable> &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->columns().size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!isInsideModel(index))
        return {};
    const QString column = m_table->columns().at(index.column());
    if (role == Qt::DisplayRole)
        return m_table->text(index.row(), column);
    if (role == Qt::TextAlignmentRole)
        return std::holds_alternative<double>(m_table->cell(index.row(), column))
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_table)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_table->columns().value(section);
}

} // namespace gb
