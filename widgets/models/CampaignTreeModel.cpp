#include "models/CampaignTreeModel.h"

#include "data/Campaign.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

namespace gb {

struct CampaignTreeModel::Node {
    Kind kind = Kind::Sample;
    QString key; ///< grouping value (sample, technique or path id as written)
    QString rowId;
    int curve = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int position() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
    Node *child(Kind childKind, const QString &childKey)
    {
        for (const auto &c : children)
            if (c->key == childKey)
                return c.get();
        auto node = std::make_unique<Node>();
        node->kind = childKind;
        node->key = childKey;
        node->parent = this;
        children.push_back(std::move(node));
        return children.back().get();
    }
};

namespace {
const QStringList kGroupingColumns = {QStringLiteral("sample"),
                                      QStringLiteral("technique"),
                                      QStringLiteral("path"),
                                      QStringLiteral("T_a_K"),
                                      QStringLiteral("t_a_s"),
                                      QStringLiteral("phi_K_per_s"),
                                      QStringLiteral("heating_rate_K_per_s")};

/// "T_a 393 K, t_a 60 s": the thermal history in a dataset's name.
QString historySummary(const Document &document, int row)
{
    QStringList parts;
    auto add = [&](const char *column, const QString &format) {
        const QString value = document.cell(row, QString::fromLatin1(column)).trimmed();
        if (!value.isEmpty())
            parts << format.arg(value);
    };
    add("T_a_K", QStringLiteral("Tₐ %1 K"));
    add("t_a_s", QStringLiteral("tₐ %1 s"));
    add("phi_K_per_s", QStringLiteral("φ %1 K/s"));
    add("heating_rate_K_per_s", QStringLiteral("β %1 K/s"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

CampaignTreeModel::CampaignTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_root(std::make_unique<Node>())
{
    rebuild();
    auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(document, &Document::documentReset, this, reset);
    connect(document, &Document::rowsInserted, this, reset);
    connect(document, &Document::rowsRemoved, this, reset);
    connect(document, &Document::cellsChanged, this,
            [reset](const QStringList &, const QStringList &columns) {
                for (const QString &column : columns)
                    if (kGroupingColumns.contains(column))
                        return reset();
            });
    connect(document, &Document::settingChanged, this, [this](const QString &rowId, const QString &) {
        const QModelIndex index = indexOf(CurveRef{rowId, 0});
        if (index.isValid()) {
            const QModelIndex first = this->index(0, 0, index);
            Q_EMIT dataChanged(index, index.siblingAtColumn(PointsColumn));
            if (first.isValid())
                Q_EMIT dataChanged(first, this->index(rowCount(index) - 1, PointsColumn, index));
        }
    });
}

CampaignTreeModel::~CampaignTreeModel() = default;

QString CampaignTreeModel::techniqueName(const QString &id)
{
    const auto technique = techniqueFromId(id);
    if (!technique)
        return id.trimmed().isEmpty() ? tr("(no technique)") : tr("%1 (unknown technique)").arg(id.trimmed());
    switch (*technique) {
    case Technique::Dsc: return tr("DSC");
    case Technique::StressRelaxation: return tr("Stress relaxation");
    case Technique::Nanoindentation: return tr("Nanoindentation");
    }
    return id;
}

QString CampaignTreeModel::pathName(const QString &id)
{
    const auto path = thermalPathFromId(id);
    if (!path)
        return tr("%1 (unknown path)").arg(id.trimmed());
    switch (*path) {
    case ThermalPath::Unspecified: return tr("(no thermal path)");
    case ThermalPath::Isothermal: return tr("Isothermal");
    case ThermalPath::Isochronal: return tr("Isochronal");
    case ThermalPath::Reference: return tr("Reference");
    }
    return id;
}

void CampaignTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    for (int row = 0; row < m_document->rowCount(); ++row) {
        const ProjectRow &projectRow = m_document->row(row);
        Node *sample = m_root->child(Kind::Sample, m_document->cell(row, QStringLiteral("sample")).trimmed());
        Node *technique = sample->child(
            Kind::Technique, m_document->cell(row, QStringLiteral("technique")).trimmed().toLower());
        Node *path =
            technique->child(Kind::Path, m_document->cell(row, QStringLiteral("path")).trimmed().toLower());
        auto dataset = std::make_unique<Node>();
        dataset->kind = Kind::Dataset;
        dataset->key = projectRow.id;
        dataset->rowId = projectRow.id;
        dataset->parent = path;
        const int curves = int(m_document->rowData(row).datasets.size());
        dataset->curve = curves > 1 ? -1 : 0;
        if (curves > 1) {
            for (int c = 0; c < curves; ++c) {
                auto curve = std::make_unique<Node>();
                curve->kind = Kind::Curve;
                curve->key = QString::number(c);
                curve->rowId = projectRow.id;
                curve->curve = c;
                curve->parent = dataset.get();
                dataset->children.push_back(std::move(curve));
            }
        }
        path->children.push_back(std::move(dataset));
    }
}

const CampaignTreeModel::Node *CampaignTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CampaignTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex CampaignTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    const Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->position(), 0, const_cast<Node *>(parentNode));
}

int CampaignTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CampaignTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CampaignTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const int row = node->rowId.isEmpty() ? -1 : m_document->rowIndex(node->rowId);
    switch (role) {
    case RowIdRole: return node->rowId.isEmpty() ? QVariant() : QVariant(node->rowId);
    case CurveIndexRole: return node->curve;
    case KindRole: return int(node->kind);
    default: break;
    }
    if (role == Qt::DisplayRole && index.column() == NameColumn) {
        switch (node->kind) {
        case Kind::Sample: return node->key.isEmpty() ? tr("(no sample)") : node->key;
        case Kind::Technique: return techniqueName(node->key);
        case Kind::Path: return pathName(node->key);
        case Kind::Dataset: {
            const QString name = m_document->curveLabel(CurveRef{node->rowId, 0});
            const QString history = row >= 0 ? historySummary(*m_document, row) : QString();
            const QString base = m_document->rowData(row).datasets.size() > 1
                                     ? QFileInfo(m_document->cell(row, QStringLiteral("file"))).fileName()
                                     : name;
            return history.isEmpty() ? base : QStringLiteral("%1 — %2").arg(base, history);
        }
        case Kind::Curve: {
            const DatasetPtr dataset = m_document->curve(CurveRef{node->rowId, node->curve});
            return dataset ? QFileInfo(dataset->sourceFile).fileName() : QString();
        }
        }
    }
    if (role == Qt::DisplayRole && index.column() == PointsColumn) {
        QList<CurveRef> curves;
        collect(node, curves);
        if (node->kind == Kind::Curve || (node->kind == Kind::Dataset && node->curve == 0)) {
            const DatasetPtr dataset = m_document->curve(CurveRef{node->rowId, std::max(0, node->curve)});
            return dataset ? QVariant(qlonglong(dataset->rowCount())) : QVariant();
        }
        return tr("%n curve(s)", nullptr, int(curves.size()));
    }
    if (role == Qt::ToolTipRole && row >= 0) {
        const RowData &data = m_document->rowData(row);
        QString tip = QStringLiteral("%1\n%2").arg(
            node->rowId,
            m_document->project().resolvedPath(m_document->cell(row, QStringLiteral("file")).trimmed()));
        if (!data.formatId.isEmpty())
            tip += u'\n' + tr("read as %1").arg(data.formatId);
        if (data.loadError)
            tip += u'\n' + data.loadError->message;
        return tip;
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn && node->kind == Kind::Dataset &&
        row >= 0 && m_document->rowData(row).loadError)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::FontRole && row >= 0) {
        const DatasetSettings &settings = m_document->settings();
        bool rejected = settings.get(node->rowId, settings::kRejected, false);
        if (node->kind == Kind::Curve)
            rejected =
                rejected ||
                settings.get(node->rowId, settings::kRejectedCurves, QList<int>{}).contains(node->curve + 1);
        if (rejected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
    }
    return {};
}

QVariant CampaignTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Dataset") : tr("Points");
}

Qt::ItemFlags CampaignTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void CampaignTreeModel::collect(const Node *node, QList<CurveRef> &curves) const
{
    if (node->kind == Kind::Curve) {
        curves << CurveRef{node->rowId, node->curve};
        return;
    }
    if (node->kind == Kind::Dataset && node->curve == 0) {
        if (m_document->rowIndex(node->rowId) >= 0 &&
            !m_document->rowData(m_document->rowIndex(node->rowId)).datasets.empty())
            curves << CurveRef{node->rowId, 0};
        return;
    }
    for (const auto &child : node->children)
        collect(child.get(), curves);
}

QList<CurveRef> CampaignTreeModel::curvesAt(const QModelIndex &index) const
{
    QList<CurveRef> curves;
    if (index.isValid())
        collect(nodeOf(index), curves);
    return curves;
}

QModelIndex CampaignTreeModel::indexOf(const CurveRef &curve) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->kind == Kind::Dataset && node->rowId == curve.rowId) {
            if (node->children.empty())
                return createIndex(node->position(), 0, const_cast<Node *>(node));
            for (const auto &child : node->children)
                if (child->curve == curve.index)
                    return createIndex(child->position(), 0, child.get());
            return createIndex(node->position(), 0, const_cast<Node *>(node));
        }
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

} // namespace gb
