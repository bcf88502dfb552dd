#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gb {

/// A closed interval [low, high] of an analysis setting: integration limits, a fit window.
struct ValueRange {
    double low = 0.0;
    double high = 0.0;
    friend bool operator==(const ValueRange &, const ValueRange &) = default;
};

/// The name of one typed per-dataset setting. Analyses declare their own keys next to their
/// code, e.g. `inline constexpr SettingKey<ValueRange> kIntegrationLimitsK{"integration_limits_K"};`
/// The name is what the project file stores, so it never changes once released.
template <typename T>
struct SettingKey {
    const char *name;
    QString id() const { return QString::fromLatin1(name); }
};

// JSON conversion of the value types a setting may have. A value that does not have the
// expected JSON shape reads as std::nullopt (a project edited by hand stays readable).
QJsonValue settingToJson(bool value);
QJsonValue settingToJson(int value);
QJsonValue settingToJson(double value);
QJsonValue settingToJson(const QString &value);
QJsonValue settingToJson(const ValueRange &value);
QJsonValue settingToJson(const QList<int> &value);
bool settingFromJson(const QJsonValue &json, bool &value);
bool settingFromJson(const QJsonValue &json, int &value);
bool settingFromJson(const QJsonValue &json, double &value);
bool settingFromJson(const QJsonValue &json, QString &value);
bool settingFromJson(const QJsonValue &json, ValueRange &value);
bool settingFromJson(const QJsonValue &json, QList<int> &value);

/// Every per-dataset analysis setting of a project (integration limits, fit windows, rejected
/// indents, sign flips, ...), keyed by the stable dataset id (manifest-relative file, '#',
/// segment; see datasetIdFor) and the setting's name. Values are JSON so that analyses added
/// later can store their own types without changing the project format. A plain value type;
/// not thread-safe for concurrent writes, safe to read from many threads.
class DatasetSettings {
public:
    /// The raw value, or an undefined QJsonValue when the setting is not set.
    QJsonValue value(const QString &datasetId, const QString &name) const;
    /// Sets a value; an undefined or null value removes the setting.
    void setValue(const QString &datasetId, const QString &name, const QJsonValue &value);

    template <typename T>
    std::optional<T> get(const QString &datasetId, const SettingKey<T> &key) const
    {
        T typed{};
        if (settingFromJson(value(datasetId, key.id()), typed))
            return typed;
        return std::nullopt;
    }
    template <typename T>
    T get(const QString &datasetId, const SettingKey<T> &key, const T &fallback) const
    {
        return get(datasetId, key).value_or(fallback);
    }
    template <typename T>
    void set(const QString &datasetId, const SettingKey<T> &key, const T &typed)
    {
        setValue(datasetId, key.id(), settingToJson(typed));
    }

    /// Dataset ids that have at least one setting, sorted.
    QStringList datasetIds() const { return m_values.keys(); }
    /// All settings of one dataset.
    QJsonObject settingsOf(const QString &datasetId) const { return m_values.value(datasetId); }
    bool isEmpty() const { return m_values.isEmpty(); }

    /// {"<dataset id>": {"<name>": value, ...}, ...}
    QJsonObject toJson() const;
    /// Reads what toJson wrote; entries that are not objects are skipped.
    static DatasetSettings fromJson(const QJsonObject &json);

    friend bool operator==(const DatasetSettings &, const DatasetSettings &) = default;

private:
    QMap<QString, QJsonObject> m_values;
};

/// Settings every technique shares. Technique-specific keys live with their analyses.
namespace settings {
/// Multiply the signal by −1 before analysis (a heat flow recorded exothermic-up).
inline constexpr SettingKey<bool> kSignFlip{"sign_flip"};
/// A person rejected this dataset (an indent with a bad surface contact, a failed scan).
inline constexpr SettingKey<bool> kRejected{"rejected"};
/// 1-based indices of the curves of an indent array (one manifest row) that were rejected.
inline constexpr SettingKey<QList<int>> kRejectedCurves{"rejected_curves"};
/// Integration limits of a DSC relaxation peak, K.
inline constexpr SettingKey<ValueRange> kIntegrationLimitsK{"integration_limits_K"};
/// Baseline windows of a DSC difference curve, in the glass and in the supercooled liquid, K.
inline constexpr SettingKey<ValueRange> kGlassWindowK{"glass_window_K"};
inline constexpr SettingKey<ValueRange> kLiquidWindowK{"liquid_window_K"};
/// Time window of a stress-relaxation fit, s (from the start of the relaxation step).
inline constexpr SettingKey<ValueRange> kFitWindowS{"fit_window_s"};
} // namespace settings

} // namespace gb
