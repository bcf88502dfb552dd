#include "models/MetadataTableModel.h"
#include "models/ModelIndex.h"

#include <QBrush>
#include <QColor>

namespace gb {

MetadataTableModel::MetadataTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &Document::documentReset, this, reset);
    connect(document, &Document::columnsChanged, this, reset);
    connect(document, &Document::rowsInserted, this, reset);
    connect(document, &Document::rowsRemoved, this, reset);
    connect(document, &Document::issuesChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
    });
    connect(document, &Document::cellsChanged, this,
            [this](const QStringList &rowIds, const QStringList &columns) {
                for (const QString &rowId : rowIds) {
                    const int row = m_document->rowIndex(rowId);
                    for (const QString &column : columns) {
                        const int c = int(m_document->columns().indexOf(column));
                        if (row >= 0 && c >= 0)
                            Q_EMIT dataChanged(index(row, c), index(row, c), {Qt::DisplayRole, Qt::EditRole});
                    }
                }
            });
}

int MetadataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->rowCount();
}

int MetadataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->columns().size());
}

QString MetadataTableModel::columnName(int column) const
{
    return m_document->columns().value(column);
}

bool MetadataTableModel::isReadOnlyColumn(const QString &column)
{
    return column == QLatin1String("file") || column == QLatin1String("segment");
}

QVariant MetadataTableModel::data(const QModelIndex &index, int role) const
{
    if (!isInsideModel(index))
        return {};
    const QString column = columnName(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return m_document->cell(index.row(), column);
    case RowIdRole: return m_document->row(index.row()).id;
    case ColumnNameRole: return column;
    case Qt::BackgroundRole: {
        const QString rowId = m_document->row(index.row()).id;
        for (const Issue &issue : m_document->issues())
            if (issue.rowId == rowId && issue.diagnostic.severity == Severity::Error)
                return QBrush(QColor(253, 226, 226));
        if (isReadOnlyColumn(column))
            return QBrush(QColor(242, 242, 242));
        return {};
    }
    case Qt::ToolTipRole: {
        const QString rowId = m_document->row(index.row()).id;
        QStringList problems;
        for (const Issue &issue : m_document->issues())
            if (issue.rowId == rowId)
                problems << issue.diagnostic.message;
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    default: return {};
    }
}

bool MetadataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isInsideModel(index))
        return false;
    const QString column = columnName(index.column());
    if (isReadOnlyColumn(column))
        return false;
    const QString text = value.toString();
    if (text == m_document->cell(index.row(), column))
        return false;
    m_document->editCells({CellEdit{m_document->row(index.row()).id, column, text}},
                          tr("Edit %1 of %2").arg(column, m_document->row(index.row()).id));
    return true;
}

QVariant MetadataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const QString column = columnName(section);
    if (role == Qt::DisplayRole) {
        // The manifest's own column name always shows (it is what a spreadsheet or script
        // uses); a translation, where there is one, goes above it.
        const QString title = columnTitle(column);
        return title == column ? column : QStringLiteral("%1\n%2").arg(title, column);
    }
    if (role == Qt::ToolTipRole)
        return columnDescription(column);
    return {};
}

Qt::ItemFlags MetadataTableModel::flags(const QModelIndex &index) const
{
    if (!isInsideModel(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isReadOnlyColumn(columnName(index.column())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString MetadataTableModel::columnTitle(const QString &column)
{
    // The source text is the column's name itself: English shows it as it is.
    static const QMap<QString, const char *> titles = {
        {QStringLiteral("file"), QT_TR_NOOP("file")},
        {QStringLiteral("segment"), QT_TR_NOOP("segment")},
        {QStringLiteral("technique"), QT_TR_NOOP("technique")},
        {QStringLiteral("sample"), QT_TR_NOOP("sample")},
        {QStringLiteral("path"), QT_TR_NOOP("path")},
        {QStringLiteral("T_a_K"), QT_TR_NOOP("T_a_K")},
        {QStringLiteral("t_a_s"), QT_TR_NOOP("t_a_s")},
        {QStringLiteral("phi_K_per_s"), QT_TR_NOOP("phi_K_per_s")},
        {QStringLiteral("T_s_K"), QT_TR_NOOP("T_s_K")},
        {QStringLiteral("heating_rate_K_per_s"), QT_TR_NOOP("heating_rate_K_per_s")},
        {QStringLiteral("mass_ng"), QT_TR_NOOP("mass_ng")},
        {QStringLiteral("T_test_K"), QT_TR_NOOP("T_test_K")},
        {QStringLiteral("strain"), QT_TR_NOOP("strain")},
        {QStringLiteral("tip_radius_nm"), QT_TR_NOOP("tip_radius_nm")},
        {QStringLiteral("Tg_K"), QT_TR_NOOP("Tg_K")},
        {QStringLiteral("reference"), QT_TR_NOOP("reference")},
    };
    const auto it = titles.constFind(column);
    return it == titles.cend() ? column : tr(it.value());
}

QString MetadataTableModel::columnDescription(const QString &column)
{
    static const QMap<QString, const char *> descriptions = {
        {QStringLiteral("file"), QT_TR_NOOP("Data file, relative to the manifest's folder")},
        {QStringLiteral("segment"),
         QT_TR_NOOP("Which curve of a multi-curve file: 1-based index or curve name")},
        {QStringLiteral("technique"), QT_TR_NOOP("dsc, stress_relaxation or nanoindentation")},
        {QStringLiteral("sample"), QT_TR_NOOP("Sample or material; analyses group by it")},
        {QStringLiteral("path"), QT_TR_NOOP("Thermal path: isothermal, isochronal or (DSC) reference")},
        {QStringLiteral("T_a_K"), QT_TR_NOOP("Annealing temperature (K)")},
        {QStringLiteral("t_a_s"), QT_TR_NOOP("Isothermal annealing time (s)")},
        {QStringLiteral("phi_K_per_s"), QT_TR_NOOP("Cooling rate of continuous cooling (K/s)")},
        {QStringLiteral("T_s_K"), QT_TR_NOOP("Start temperature of continuous cooling (K)")},
        {QStringLiteral("heating_rate_K_per_s"), QT_TR_NOOP("Heating rate of the DSC scan (K/s)")},
        {QStringLiteral("mass_ng"), QT_TR_NOOP("DSC sample mass (ng)")},
        {QStringLiteral("T_test_K"), QT_TR_NOOP("Temperature of the stress-relaxation test (K)")},
        {QStringLiteral("strain"), QT_TR_NOOP("Applied step strain (fraction)")},
        {QStringLiteral("tip_radius_nm"), QT_TR_NOOP("Indenter tip radius (nm)")},
        {QStringLiteral("Tg_K"), QT_TR_NOOP("Glass transition temperature (K)")},
        {QStringLiteral("reference"),
         QT_TR_NOOP("DSC: the reference scan to subtract, as file or file#segment")},
    };
    const auto it = descriptions.constFind(column);
    return it == descriptions.cend() ? tr("Free metadata column (kept as written)") : tr(it.value());
}

} // namespace gb
