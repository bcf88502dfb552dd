#include "analysis/dsc/DscSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscSettings", text);
}

QString smoothingId(DscSmoothing smoothing)
{
    switch (smoothing) {
    case DscSmoothing::Automatic: return QStringLiteral("automatic");
    case DscSmoothing::Always: return QStringLiteral("always");
    case DscSmoothing::Never: return QStringLiteral("never");
    }
    return {};
}

QJsonArray windowToJson(const TemperatureWindow &window)
{
    return QJsonArray{window.lowK, window.highK};
}

/// Reads the JSON of one settings object; remembers the first problem met.
class JsonReader {
public:
    explicit JsonReader(const QJsonObject &object, QString where)
        : m_object(object), m_where(std::move(where))
    {
    }

    void number(const char *key, double &target)
    {
        if (const auto v = optionalNumber(key))
            target = *v;
    }
    void number(const char *key, std::optional<double> &target)
    {
        if (m_object.contains(QLatin1String(key)))
            target = optionalNumber(key);
    }
    void boolean(const char *key, bool &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key);
        target = v.toBool();
    }
    void window(const char *key, std::optional<TemperatureWindow> &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble() ||
            !(a[0].toDouble() < a[1].toDouble()))
            return fail(key);
        target = TemperatureWindow{a[0].toDouble(), a[1].toDouble()};
    }
    void sign(const char *key, HeatFlowSign &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        for (HeatFlowSign s :
             {HeatFlowSign::Unknown, HeatFlowSign::EndothermicUp, HeatFlowSign::EndothermicDown})
            if (v.toString() == heatFlowSignId(s)) {
                target = s;
                return;
            }
        fail(key);
    }
    void smoothing(const char *key, DscSmoothing &target)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        for (DscSmoothing s : {DscSmoothing::Automatic, DscSmoothing::Always, DscSmoothing::Never})
            if (v.toString() == smoothingId(s)) {
                target = s;
                return;
            }
        fail(key);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    std::optional<double> optionalNumber(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key);
            return std::nullopt;
        }
        return v.toDouble();
    }
    void fail(const char *key)
    {
        if (!m_error)
            m_error = makeError(
                QStringLiteral("bad_settings"),
                tr("DSC settings %1: \"%2\" has a value of the wrong kind").arg(m_where, QLatin1String(key)));
    }

    const QJsonObject &m_object;
    QString m_where;
    std::optional<Error> m_error;
};

void writeOptional(QJsonObject &json, const char *key, const std::optional<double> &value)
{
    if (value)
        json.insert(QLatin1String(key), *value);
}

void writeOptional(QJsonObject &json, const char *key, const std::optional<TemperatureWindow> &value)
{
    if (value)
        json.insert(QLatin1String(key), windowToJson(*value));
}

QJsonObject defaultsToJson(const DscScanSettings &s)
{
    QJsonObject json;
    json.insert(QStringLiteral("transientTolerance"), s.transientTolerance);
    json.insert(QStringLiteral("gridStepK"), s.gridStepK);
    json.insert(QStringLiteral("unknownSignAssumption"), heatFlowSignId(s.unknownSignAssumption));
    json.insert(QStringLiteral("flipSign"), s.flipSign);
    json.insert(QStringLiteral("windowWidthK"), s.windowWidthK);
    json.insert(QStringLiteral("minimumWindowWidthK"), s.minimumWindowWidthK);
    json.insert(QStringLiteral("flatnessNoiseFactor"), s.flatnessNoiseFactor);
    json.insert(QStringLiteral("flatnessRelative"), s.flatnessRelative);
    writeOptional(json, "glassWindowK", s.glassWindow);
    writeOptional(json, "liquidWindowK", s.liquidWindow);
    writeOptional(json, "lowerLimitK", s.lowerLimitK);
    writeOptional(json, "upperLimitK", s.upperLimitK);
    json.insert(QStringLiteral("sensitivityShiftK"), s.sensitivityShiftK);
    json.insert(QStringLiteral("smoothing"), smoothingId(s.smoothing));
    json.insert(QStringLiteral("smoothingWindowK"), s.smoothingWindowK);
    json.insert(QStringLiteral("prominenceNoiseFactor"), s.prominenceNoiseFactor);
    json.insert(QStringLiteral("minimumRelativeProminence"), s.minimumRelativeProminence);
    json.insert(QStringLiteral("vertexFitLevel"), s.vertexFitLevel);
    json.insert(QStringLiteral("thermalLagS"), s.thermalLagS);
    writeOptional(json, "massNg", s.massNg);
    return json;
}

void readDefaults(JsonReader &r, DscScanSettings &s)
{
    r.number("transientTolerance", s.transientTolerance);
    r.number("gridStepK", s.gridStepK);
    r.sign("unknownSignAssumption", s.unknownSignAssumption);
    r.boolean("flipSign", s.flipSign);
    r.number("windowWidthK", s.windowWidthK);
    r.number("minimumWindowWidthK", s.minimumWindowWidthK);
    r.number("flatnessNoiseFactor", s.flatnessNoiseFactor);
    r.number("flatnessRelative", s.flatnessRelative);
    r.window("glassWindowK", s.glassWindow);
    r.window("liquidWindowK", s.liquidWindow);
    r.number("lowerLimitK", s.lowerLimitK);
    r.number("upperLimitK", s.upperLimitK);
    r.number("sensitivityShiftK", s.sensitivityShiftK);
    r.smoothing("smoothing", s.smoothing);
    r.number("smoothingWindowK", s.smoothingWindowK);
    r.number("prominenceNoiseFactor", s.prominenceNoiseFactor);
    r.number("minimumRelativeProminence", s.minimumRelativeProminence);
    r.number("vertexFitLevel", s.vertexFitLevel);
    r.number("thermalLagS", s.thermalLagS);
    r.number("massNg", s.massNg);
}

QJsonObject overridesToJson(const DscScanOverrides &o)
{
    QJsonObject json;
    writeOptional(json, "glassWindowK", o.glassWindow);
    writeOptional(json, "liquidWindowK", o.liquidWindow);
    writeOptional(json, "lowerLimitK", o.lowerLimitK);
    writeOptional(json, "upperLimitK", o.upperLimitK);
    if (o.flipSign)
        json.insert(QStringLiteral("flipSign"), true);
    writeOptional(json, "thermalLagS", o.thermalLagS);
    writeOptional(json, "massNg", o.massNg);
    return json;
}

void readOverrides(JsonReader &r, DscScanOverrides &o)
{
    r.window("glassWindowK", o.glassWindow);
    r.window("liquidWindowK", o.liquidWindow);
    r.number("lowerLimitK", o.lowerLimitK);
    r.number("upperLimitK", o.upperLimitK);
    r.boolean("flipSign", o.flipSign);
    r.number("thermalLagS", o.thermalLagS);
    r.number("massNg", o.massNg);
}
} // namespace

bool DscScanOverrides::isEmpty() const
{
    return *this == DscScanOverrides{};
}

DscScanSettings DscSettings::forDataset(const QString &datasetId) const
{
    DscScanSettings s = defaults;
    const auto it = overrides.constFind(datasetId);
    if (it == overrides.constEnd())
        return s;
    const DscScanOverrides &o = it.value();
    if (o.glassWindow)
        s.glassWindow = o.glassWindow;
    if (o.liquidWindow)
        s.liquidWindow = o.liquidWindow;
    if (o.lowerLimitK)
        s.lowerLimitK = o.lowerLimitK;
    if (o.upperLimitK)
        s.upperLimitK = o.upperLimitK;
    if (o.flipSign)
        s.flipSign = !s.flipSign;
    if (o.thermalLagS)
        s.thermalLagS = *o.thermalLagS;
    if (o.massNg)
        s.massNg = o.massNg;
    return s;
}

QJsonObject DscSettings::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("defaults"), defaultsToJson(defaults));
    json.insert(QStringLiteral("rateTolerance"), rateTolerance);
    QJsonObject perDataset;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        if (!it.value().isEmpty())
            perDataset.insert(it.key(), overridesToJson(it.value()));
    json.insert(QStringLiteral("overrides"), perDataset);
    return json;
}

Result<DscSettings> DscSettings::fromJson(const QJsonObject &json)
{
    DscSettings settings;
    const QJsonObject defaultsJson = json.value(QStringLiteral("defaults")).toObject();
    JsonReader top(json, QStringLiteral("(top level)"));
    top.number("rateTolerance", settings.rateTolerance);
    if (top.error())
        return *top.error();
    JsonReader defaults(defaultsJson, QStringLiteral("defaults"));
    readDefaults(defaults, settings.defaults);
    if (defaults.error())
        return *defaults.error();
    const QJsonObject perDataset = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = perDataset.constBegin(); it != perDataset.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        JsonReader reader(object, it.key());
        DscScanOverrides o;
        readOverrides(reader, o);
        if (reader.error())
            return *reader.error();
        settings.overrides.insert(it.key(), o);
    }
    return settings;
}

} // namespace gb
