#include "models/IssuesModel.h"
#include "models/ModelIndex.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace gb {

IssuesModel::IssuesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::issuesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->issues().size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssuesModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return tr("Note");
    case Severity::Warning: return tr("Warning");
    case Severity::Error: return tr("Error");
    }
    return {};
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!isInsideModel(index))
        return {};
    const Issue &issue = m_document->issues()[std::size_t(index.row())];
    const Diagnostic &d = issue.diagnostic;
    if (role == RowIdRole)
        return issue.rowId;
    if (role == SeverityRole)
        return int(d.severity);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn: return severityText(d.severity);
        case MessageColumn:
            return d.count > 1 ? tr("%1 (%n time(s))", nullptr, int(d.count)).arg(d.message) : d.message;
        case FileColumn: return QFileInfo(d.file).fileName();
        case LineColumn: return d.line > 0 ? QVariant(qlonglong(d.line)) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return d.toString();
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon = d.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                            : d.severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    return {};
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Message");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    default: return {};
    }
}

} // namespace gb
