// A whole synthetic campaign: the three parts, the manifest that lists them and the writer that
// puts them on disk (interfaces.md §1).
#include "simulate/campaign/SyntheticCampaign.h"

#include "io/ManifestFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SyntheticCampaign", text);
}

QString sizeName(SyntheticCampaignSize size)
{
    return size == SyntheticCampaignSize::Small ? QStringLiteral("small") : QStringLiteral("paper");
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("write_error"), tr("cannot create the folder"),
                         QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    file.write(bytes);
    if (!file.commit())
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    return Done{};
}

/// The columns used by any row: the interfaces.md ones in their documented order, then any
/// others in the order they first appear.
QStringList manifestColumnsOf(const SyntheticCampaign &campaign)
{
    QStringList used;
    for (const SyntheticPart &part : campaign.parts)
        for (const ManifestRow &row : part.manifestRows)
            for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it)
                if (!used.contains(it.key()))
                    used << it.key();
    QStringList columns;
    for (const QString &column : manifestColumns())
        if (used.contains(column))
            columns << column;
    for (const QString &column : used)
        if (!columns.contains(column))
            columns << column;
    return columns;
}
} // namespace

SyntheticCampaign simulateCampaign(SyntheticCampaignSize size, std::uint64_t seed)
{
    SyntheticCampaign campaign;
    campaign.manifestComments
        << QStringLiteral("# Simulated data, not measured: a synthetic campaign with known truth")
        << QStringLiteral("# generator: Glassbench %1 (glassbench-cli simulate), campaign: %2, seed: %3")
               .arg(QStringLiteral(GLASSBENCH_VERSION), sizeName(size))
               .arg(seed)
        << QStringLiteral("# Flash DSC from the TNM model, stress relaxation from the aging distribution "
                          "model, indents from Hertz contact with pop-ins; each folder's truth.csv gives "
                          "the parameters every file was made from");
    campaign.parts.push_back(simulateDscPart(size, seed));
    campaign.parts.push_back(simulateRelaxationPart(size, seed));
    campaign.parts.push_back(simulateIndentationPart(size, seed));
    return campaign;
}

Status writeSyntheticCampaign(const SyntheticCampaign &campaign, const QString &folder)
{
    const QDir root(folder);
    if (!QDir().mkpath(root.absolutePath()))
        return makeError(QStringLiteral("write_error"), tr("cannot create the folder"), folder);
    Manifest manifest;
    manifest.leadingComments = campaign.manifestComments;
    manifest.columns = manifestColumnsOf(campaign);
    for (const SyntheticPart &part : campaign.parts) {
        for (const SyntheticFile &file : part.files)
            if (Status written = writeAtomically(root.filePath(file.relativePath), file.bytes); !written.ok())
                return written;
        const QString truthPath = root.filePath(part.folder + QStringLiteral("/truth.csv"));
        if (Status written = writeAtomically(truthPath, part.truth.toCsv()); !written.ok())
            return written;
        manifest.rows.insert(manifest.rows.end(), part.manifestRows.begin(), part.manifestRows.end());
    }
    return writeManifest(manifest, root.filePath(QStringLiteral("campaign.csv")));
}

} // namespace gb
