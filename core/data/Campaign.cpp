#include "data/Campaign.h"

#include "io/text/NumberParsing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Campaign", text);
}
} // namespace

QString techniqueId(Technique technique)
{
    switch (technique) {
    case Technique::Dsc: return QStringLiteral("dsc");
    case Technique::StressRelaxation: return QStringLiteral("stress_relaxation");
    case Technique::Nanoindentation: return QStringLiteral("nanoindentation");
    }
    return {};
}

std::optional<Technique> techniqueFromId(const QString &id)
{
    for (Technique t : {Technique::Dsc, Technique::StressRelaxation, Technique::Nanoindentation})
        if (id.trimmed().compare(techniqueId(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString thermalPathId(ThermalPath path)
{
    switch (path) {
    case ThermalPath::Unspecified: return {};
    case ThermalPath::Isothermal: return QStringLiteral("isothermal");
    case ThermalPath::Isochronal: return QStringLiteral("isochronal");
    case ThermalPath::Reference: return QStringLiteral("reference");
    }
    return {};
}

std::optional<ThermalPath> thermalPathFromId(const QString &id)
{
    for (ThermalPath p :
         {ThermalPath::Unspecified, ThermalPath::Isothermal, ThermalPath::Isochronal, ThermalPath::Reference})
        if (id.trimmed().compare(thermalPathId(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

const QStringList &manifestColumns()
{
    static const QStringList columns = {QStringLiteral("file"),      QStringLiteral("segment"),
                                        QStringLiteral("technique"), QStringLiteral("sample"),
                                        QStringLiteral("path"),      QStringLiteral("T_a_K"),
                                        QStringLiteral("t_a_s"),     QStringLiteral("phi_K_per_s"),
                                        QStringLiteral("T_s_K"),     QStringLiteral("heating_rate_K_per_s"),
                                        QStringLiteral("mass_ng"),   QStringLiteral("T_test_K"),
                                        QStringLiteral("strain"),    QStringLiteral("tip_radius_nm"),
                                        QStringLiteral("Tg_K"),      QStringLiteral("reference")};
    return columns;
}

Result<CampaignEntry> parseCampaignEntry(const ManifestRow &row, const QString &manifestPath)
{
    auto fail = [&](const QString &code, const QString &message) -> Error {
        return makeError(code, message, manifestPath, row.line);
    };
    CampaignEntry entry;
    entry.manifestLine = row.line;
    const QString technique = row.cells.value(QStringLiteral("technique"));
    const auto parsedTechnique = techniqueFromId(technique);
    if (!parsedTechnique)
        return fail(
            QStringLiteral("bad_technique"),
            tr("unknown technique \"%1\" (use dsc, stress_relaxation or nanoindentation)").arg(technique));
    entry.technique = *parsedTechnique;

    const QString path = row.cells.value(QStringLiteral("path"));
    const auto parsedPath = thermalPathFromId(path);
    if (!parsedPath || (*parsedPath == ThermalPath::Reference && entry.technique != Technique::Dsc))
        return fail(
            QStringLiteral("bad_path"),
            tr("unknown thermal path \"%1\" (use isothermal, isochronal or, for DSC, reference)").arg(path));
    entry.path = *parsedPath;

    struct NumberColumn {
        const char *name;
        std::optional<double> CampaignEntry::*field;
    };
    static const NumberColumn numbers[] = {
        {"T_a_K", &CampaignEntry::agingTemperatureK},
        {"t_a_s", &CampaignEntry::agingTimeS},
        {"phi_K_per_s", &CampaignEntry::coolingRateKPerS},
        {"T_s_K", &CampaignEntry::coolingStartTemperatureK},
        {"heating_rate_K_per_s", &CampaignEntry::heatingRateKPerS},
        {"mass_ng", &CampaignEntry::massNg},
        {"T_test_K", &CampaignEntry::testTemperatureK},
        {"strain", &CampaignEntry::strain},
        {"tip_radius_nm", &CampaignEntry::tipRadiusNm},
        {"Tg_K", &CampaignEntry::glassTransitionK},
    };
    for (const NumberColumn &column : numbers) {
        const QString text = row.cells.value(QString::fromLatin1(column.name)).trimmed();
        if (text.isEmpty())
            continue;
        const QByteArray utf8 = text.toUtf8();
        const ParsedNumber n = parseNumber(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        if (!n.ok())
            return fail(QStringLiteral("bad_number"),
                        tr("%1 = \"%2\" is not a number").arg(QString::fromLatin1(column.name), text));
        entry.*column.field = n.value;
    }

    entry.file = row.cells.value(QStringLiteral("file")).trimmed();
    if (entry.file.isEmpty())
        return fail(QStringLiteral("missing_file"), tr("the file cell is empty"));
    const QDir manifestDir = QFileInfo(manifestPath).absoluteDir();
    entry.resolvedPath = QDir::cleanPath(manifestDir.absoluteFilePath(entry.file));
    const QFileInfo data(entry.resolvedPath);
    if (!data.exists())
        return fail(QStringLiteral("missing_file"), tr("data file \"%1\" not found").arg(entry.file));
    if (!data.isFile() && entry.technique != Technique::Nanoindentation)
        return fail(QStringLiteral("missing_file"), tr("\"%1\" is not a file").arg(entry.file));

    entry.segment = row.cells.value(QStringLiteral("segment")).trimmed();
    entry.sample = row.cells.value(QStringLiteral("sample")).trimmed();
    entry.reference = row.cells.value(QStringLiteral("reference")).trimmed();
    if (!entry.testTemperatureK)
        entry.testTemperatureK = entry.agingTemperatureK;
    for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it)
        if (!manifestColumns().contains(it.key()))
            entry.extra.insert(it.key(), it.value());
    return entry;
}

Campaign buildCampaign(Manifest manifest)
{
    Campaign campaign;
    campaign.diagnostics = manifest.diagnostics;
    for (const ManifestRow &row : manifest.rows) {
        Result<CampaignEntry> entry = parseCampaignEntry(row, manifest.path);
        if (entry.ok())
            campaign.entries.push_back(std::move(entry).value());
        else
            campaign.diagnostics.push_back(Diagnostic{Severity::Error, entry.error().code,
                                                      entry.error().message, entry.error().file,
                                                      entry.error().line, 1});
    }
    campaign.manifest = std::move(manifest);
    return campaign;
}

} // namespace gb
