#include "data/Dataset.h"

namespace gb {

QString heatFlowSignId(HeatFlowSign sign)
{
    switch (sign) {
    case HeatFlowSign::EndothermicUp: return QStringLiteral("endothermic_up");
    case HeatFlowSign::EndothermicDown: return QStringLiteral("endothermic_down");
    case HeatFlowSign::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString DatasetMetadata::headerValue(const QString &key) const
{
    for (const auto &[k, v] : header)
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

qsizetype Dataset::rowCount() const
{
    return columns.empty() ? 0 : static_cast<qsizetype>(columns.front().values.size());
}

Dataset Dataset::withoutColumns() const
{
    Dataset light;
    light.sourceFile = sourceFile;
    light.formatId = formatId;
    light.curveName = curveName;
    light.segment = segment;
    light.metadata = metadata;
    return light;
}

const Column *Dataset::column(Quantity quantity) const
{
    for (const Column &c : columns)
        if (c.quantity == quantity)
            return &c;
    return nullptr;
}

const Column *Dataset::columnNamed(const QString &name) const
{
    for (const Column &c : columns)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

} // namespace gb
