#include "project/DatasetSettings.h"

#include <cmath>

namespace gb {

QJsonValue settingToJson(bool value)
{
    return QJsonValue(value);
}

QJsonValue settingToJson(int value)
{
    return QJsonValue(value);
}

QJsonValue settingToJson(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue settingToJson(const QString &value)
{
    return QJsonValue(value);
}

QJsonValue settingToJson(const ValueRange &value)
{
    return QJsonArray{value.low, value.high};
}

QJsonValue settingToJson(const QList<int> &value)
{
    QJsonArray array;
    for (int v : value)
        array.append(v);
    return array;
}

bool settingFromJson(const QJsonValue &json, bool &value)
{
    if (!json.isBool())
        return false;
    value = json.toBool();
    return true;
}

bool settingFromJson(const QJsonValue &json, int &value)
{
    if (!json.isDouble() || json.toDouble() != std::floor(json.toDouble()))
        return false;
    value = json.toInt();
    return true;
}

bool settingFromJson(const QJsonValue &json, double &value)
{
    if (!json.isDouble())
        return false;
    value = json.toDouble();
    return true;
}

bool settingFromJson(const QJsonValue &json, QString &value)
{
    if (!json.isString())
        return false;
    value = json.toString();
    return true;
}

bool settingFromJson(const QJsonValue &json, ValueRange &value)
{
    const QJsonArray array = json.toArray();
    if (!json.isArray() || array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
        return false;
    value = ValueRange{array[0].toDouble(), array[1].toDouble()};
    return true;
}

bool settingFromJson(const QJsonValue &json, QList<int> &value)
{
    if (!json.isArray())
        return false;
    QList<int> list;
    for (const QJsonValue &item : json.toArray()) {
        int v = 0;
        if (!settingFromJson(item, v))
            return false;
        list << v;
    }
    value = list;
    return true;
}

QJsonValue DatasetSettings::value(const QString &datasetId, const QString &name) const
{
    const auto it = m_values.constFind(datasetId);
    if (it == m_values.cend() || !it->contains(name))
        return QJsonValue(QJsonValue::Undefined);
    return it->value(name);
}

void DatasetSettings::setValue(const QString &datasetId, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        auto it = m_values.find(datasetId);
        if (it == m_values.end())
            return;
        it->remove(name);
        if (it->isEmpty())
            m_values.erase(it);
        return;
    }
    m_values[datasetId].insert(name, value);
}

QJsonObject DatasetSettings::toJson() const
{
    QJsonObject json;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

DatasetSettings DatasetSettings::fromJson(const QJsonObject &json)
{
    DatasetSettings settings;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it->isObject() && !it->toObject().isEmpty())
            settings.m_values.insert(it.key(), it->toObject());
    return settings;
}

} // namespace gb
