#include "analysis/relaxation/RelaxationSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationSettings", text);
}

/// A window as [low, high] with null for an open edge.
QJsonArray windowToJson(const TimeWindow &window)
{
    auto edge = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonArray{edge(window.lowS), edge(window.highS)};
}

/// Reads typed values from an object and remembers the first type error.
class JsonReader {
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) {}

    template <typename T>
    void read(const char *key, T &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, std::optional<bool>>) {
            if (!v.isBool())
                return fail(key);
            target = v.toBool();
        } else if constexpr (std::is_same_v<T, int>) {
            if (!v.isDouble())
                return fail(key);
            target = v.toInt();
        } else {
            if (!v.isDouble())
                return fail(key);
            target = v.toDouble();
        }
    }

    void readWindow(const char *key, std::optional<TimeWindow> &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2)
            return fail(key);
        TimeWindow window;
        for (int i = 0; i < 2; ++i) {
            if (!a[i].isNull() && !a[i].isDouble())
                return fail(key);
            (i == 0 ? window.lowS : window.highS) =
                a[i].isNull() ? std::numeric_limits<double>::quiet_NaN() : a[i].toDouble();
        }
        target = window;
    }

    std::optional<Error> error() const { return m_error; }

private:
    void fail(const char *key)
    {
        if (!m_error)
            m_error =
                makeError(QStringLiteral("bad_settings"),
                          tr("stress-relaxation setting \"%1\" has the wrong type").arg(QLatin1String(key)));
    }

    const QJsonObject &m_object;
    std::optional<Error> m_error;
};
} // namespace

RelaxationCurveSettings RelaxationSettings::forDataset(const QString &datasetId) const
{
    RelaxationCurveSettings s = defaults;
    const auto it = overrides.constFind(datasetId);
    if (it == overrides.constEnd())
        return s;
    if (it->window)
        s.window = *it->window;
    if (it->fitPlateau)
        s.fitPlateau = *it->fitPlateau;
    if (it->weightPerDecade)
        s.weightPerDecade = *it->weightPerDecade;
    return s;
}

QJsonObject RelaxationSettings::toJson() const
{
    QJsonObject d;
    d[QStringLiteral("window")] = windowToJson(defaults.window);
    d[QStringLiteral("fitPlateau")] = defaults.fitPlateau;
    d[QStringLiteral("fitAmplitude")] = defaults.fitAmplitude;
    d[QStringLiteral("weightPerDecade")] = defaults.weightPerDecade;
    d[QStringLiteral("betaMax")] = defaults.betaMax;
    d[QStringLiteral("minimumRSquared")] = defaults.minimumRSquared;

    QJsonObject o;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        QJsonObject one;
        if (it->window)
            one[QStringLiteral("window")] = windowToJson(*it->window);
        if (it->fitPlateau)
            one[QStringLiteral("fitPlateau")] = *it->fitPlateau;
        if (it->weightPerDecade)
            one[QStringLiteral("weightPerDecade")] = *it->weightPerDecade;
        o[it.key()] = one;
    }

    QJsonObject root;
    root[QStringLiteral("defaults")] = d;
    root[QStringLiteral("overrides")] = o;
    root[QStringLiteral("minimumAgingTimes")] = minimumAgingTimes;
    root[QStringLiteral("minimumTemperatures")] = minimumTemperatures;
    root[QStringLiteral("breakBicMargin")] = breakBicMargin;
    root[QStringLiteral("jobs")] = jobs;
    return root;
}

Result<RelaxationSettings> RelaxationSettings::fromJson(const QJsonObject &object)
{
    RelaxationSettings s;
    JsonReader root(object);
    root.read("minimumAgingTimes", s.minimumAgingTimes);
    root.read("minimumTemperatures", s.minimumTemperatures);
    root.read("breakBicMargin", s.breakBicMargin);
    root.read("jobs", s.jobs);
    if (root.error())
        return *root.error();

    const QJsonObject d = object.value(QStringLiteral("defaults")).toObject();
    JsonReader defaults(d);
    std::optional<TimeWindow> window;
    defaults.readWindow("window", window);
    if (window)
        s.defaults.window = *window;
    defaults.read("fitPlateau", s.defaults.fitPlateau);
    defaults.read("fitAmplitude", s.defaults.fitAmplitude);
    defaults.read("weightPerDecade", s.defaults.weightPerDecade);
    defaults.read("betaMax", s.defaults.betaMax);
    defaults.read("minimumRSquared", s.defaults.minimumRSquared);
    if (defaults.error())
        return *defaults.error();

    const QJsonObject o = object.value(QStringLiteral("overrides")).toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonObject one = it.value().toObject();
        JsonReader reader(one);
        RelaxationOverrides overrides;
        reader.readWindow("window", overrides.window);
        reader.read("fitPlateau", overrides.fitPlateau);
        reader.read("weightPerDecade", overrides.weightPerDecade);
        if (reader.error())
            return *reader.error();
        s.overrides.insert(it.key(), overrides);
    }
    return s;
}

} // namespace gb
