#include "analysis/indentation/IndentationSettings.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace gb {

namespace {
QString controlModeId(IndentControlMode mode)
{
    switch (mode) {
    case IndentControlMode::Load: return QStringLiteral("load");
    case IndentControlMode::Displacement: return QStringLiteral("displacement");
    case IndentControlMode::Auto: break;
    }
    return QStringLiteral("auto");
}

/// Reads numbers and flags, remembering the first key of the wrong type.
class Reader {
public:
    explicit Reader(const QJsonObject &object) : m_object(object) {}
    void read(const char *key, double &value)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble())
            return fail(key);
        value = v.toDouble();
    }
    void read(const char *key, int &value)
    {
        double d = value;
        read(key, d);
        value = int(d);
    }
    void read(const char *key, bool &value)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return fail(key);
        value = v.toBool();
    }
    void read(const char *key, std::optional<double> &value)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble())
            return fail(key);
        value = v.toDouble();
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    void fail(const char *key)
    {
        if (!m_error)
            m_error = makeError(QStringLiteral("settings"),
                                QCoreApplication::translate("IndentationSettings",
                                                            "indentation setting '%1' has the wrong type")
                                    .arg(QLatin1String(key)));
    }
    const QJsonObject &m_object;
    std::optional<Error> m_error;
};
} // namespace

QString IndentationSettings::overrideKey(const QString &datasetId, int indentIndex)
{
    return datasetId + QLatin1Char('@') + QString::number(indentIndex);
}

IndentOverride IndentationSettings::overrideFor(const QString &datasetId, int indentIndex) const
{
    return overrides.value(overrideKey(datasetId, indentIndex));
}

bool IndentationSettings::hasOverridesFor(const QString &datasetId) const
{
    const QString prefix = datasetId + QLatin1Char('@');
    const auto next = overrides.lowerBound(prefix);
    return next != overrides.end() && next.key().startsWith(prefix);
}

QJsonObject IndentationSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("defaultTipRadiusNm"), defaultTipRadiusNm);
    o.insert(QStringLiteral("controlMode"), controlModeId(controlMode));
    o.insert(QStringLiteral("passes"), passes);
    o.insert(QStringLiteral("jobs"), jobs);
    QJsonObject d;
    d.insert(QStringLiteral("k"), detector.k);
    d.insert(QStringLiteral("minimumBurstNm"), detector.minimumBurstNm);
    d.insert(QStringLiteral("minimumLoadDropMicroNewton"), detector.minimumLoadDropMicroNewton);
    d.insert(QStringLiteral("lag"), detector.lag);
    d.insert(QStringLiteral("residualMinimumLoadFraction"), detector.residualMinimumLoadFraction);
    o.insert(QStringLiteral("detector"), d);
    QJsonObject ov;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        QJsonObject e;
        e.insert(QStringLiteral("rejected"), it->rejected);
        if (it->fitMinimumDepthNm)
            e.insert(QStringLiteral("fitMinimumDepthNm"), *it->fitMinimumDepthNm);
        if (it->fitMaximumDepthNm)
            e.insert(QStringLiteral("fitMaximumDepthNm"), *it->fitMaximumDepthNm);
        ov.insert(it.key(), e);
    }
    o.insert(QStringLiteral("overrides"), ov);
    return o;
}

Result<IndentationSettings> IndentationSettings::fromJson(const QJsonObject &object)
{
    IndentationSettings s;
    Reader root(object);
    root.read("defaultTipRadiusNm", s.defaultTipRadiusNm);
    root.read("passes", s.passes);
    root.read("jobs", s.jobs);
    if (root.error())
        return *root.error();
    const QString mode = object.value(QStringLiteral("controlMode")).toString();
    if (mode == QLatin1String("load"))
        s.controlMode = IndentControlMode::Load;
    else if (mode == QLatin1String("displacement"))
        s.controlMode = IndentControlMode::Displacement;
    const QJsonObject d = object.value(QStringLiteral("detector")).toObject();
    Reader det(d);
    det.read("k", s.detector.k);
    det.read("minimumBurstNm", s.detector.minimumBurstNm);
    det.read("minimumLoadDropMicroNewton", s.detector.minimumLoadDropMicroNewton);
    det.read("lag", s.detector.lag);
    det.read("residualMinimumLoadFraction", s.detector.residualMinimumLoadFraction);
    if (det.error())
        return *det.error();
    const QJsonObject ov = object.value(QStringLiteral("overrides")).toObject();
    for (auto it = ov.begin(); it != ov.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        IndentOverride o;
        Reader r(e);
        r.read("rejected", o.rejected);
        r.read("fitMinimumDepthNm", o.fitMinimumDepthNm);
        r.read("fitMaximumDepthNm", o.fitMaximumDepthNm);
        if (r.error())
            return *r.error();
        s.overrides.insert(it.key(), o);
    }
    return s;
}

} // namespace gb
