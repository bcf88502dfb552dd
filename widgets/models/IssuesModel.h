#pragma once

#include "document/Document.h"

#include <QAbstractTableModel>

namespace gb {

/// Every warning and error of the document (reading the manifest and the files, analyses)
/// with its file and line. RowIdRole names the dataset to select when one is known.
class IssuesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RowIdRole = Qt::UserRole + 1, SeverityRole };
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };

    explicit IssuesModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);

private:
    Document *m_document;
};

} // namespace gb
