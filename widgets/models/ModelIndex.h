#pragma once

#include <QAbstractItemModel>

namespace gb {

/// True when `index` points at an existing cell of its model (row and column in range).
inline bool isInsideModel(const QModelIndex &index)
{
    return index.isValid() && index.model() && index.row() < index.model()->rowCount(index.parent()) &&
           index.column() < index.model()->columnCount(index.parent());
}

} // namespace gb
