#include "panels/dsc/DscCurrentScan.h"

#include "analysis/dsc/ReferencePairing.h"
#include "document/Document.h"
#include "project/ProjectAnalysis.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscPanel", text);
}

bool isRelaxed(ThermalPath path)
{
    return path == ThermalPath::Isothermal || path == ThermalPath::Isochronal;
}
} // namespace

DscCurrentScan analyzeCurrentDscScan(const Document &document, const QString &datasetId)
{
    DscCurrentScan scan;
    scan.datasetId = datasetId;
    const LoadedCampaign campaign = withoutRejectedRows(document.loadedCampaign(), document.settings());
    const Result<AnalysisSettings> stored = analysisSettingsOf(document.project());
    const DscSettings settings = stored.ok() ? stored->dsc : DscSettings{};
    scan.settings = settings.forDataset(datasetId);

    // The DSC rows as the campaign analysis pairs them (manifest rate, else the measured one).
    std::vector<const LoadedEntry *> dsc = campaign.entriesOf(Technique::Dsc);
    std::vector<PairingRow> rows;
    std::optional<std::size_t> own;
    for (const LoadedEntry *e : dsc) {
        PairingRow row;
        row.file = e->entry.file;
        row.resolvedPath = e->entry.resolvedPath;
        row.segment = e->entry.segment;
        if (e->ok()) {
            row.datasetSegment = e->datasets.front()->segment;
            row.curveName = e->datasets.front()->curveName;
        }
        row.sample = e->entry.sample;
        row.path = e->entry.path;
        row.heatingRateKPerS = e->entry.heatingRateKPerS;
        if (!row.heatingRateKPerS && e->ok()) {
            const double measured =
                measuredHeatingRate(*e->datasets.front(), settings.forDataset(e->datasetId));
            if (measured > 0)
                row.heatingRateKPerS = measured;
        }
        row.reference = e->entry.reference;
        if (e->datasetId == datasetId)
            own = rows.size();
        rows.push_back(row);
    }
    if (!own || !isRelaxed(dsc[*own]->entry.path)) {
        scan.message = tr("Not a relaxed DSC scan (isothermal or isochronal), or rejected.");
        return scan;
    }
    const LoadedEntry &relaxed = *dsc[*own];
    if (!relaxed.ok()) {
        scan.message = relaxed.loadError ? relaxed.loadError->message : tr("No curve was loaded.");
        return scan;
    }
    const QString manifestPath = campaign.campaign.manifest.path;
    const std::vector<ReferenceChoice> choices =
        pairReferences(rows, settings.rateTolerance,
                       manifestPath.isEmpty() ? QString() : QFileInfo(manifestPath).absolutePath());
    const ReferenceChoice &choice = choices[*own];
    if (!choice.index) {
        scan.message = choice.message.isEmpty() ? tr("No reference scan for this scan.") : choice.message;
        return scan;
    }
    const LoadedEntry &reference = *dsc[*choice.index];
    scan.referenceId = reference.datasetId;
    if (!reference.ok()) {
        scan.message = tr("The reference %1 could not be read.").arg(reference.datasetId);
        return scan;
    }
    DscScanRequest request;
    request.heatingRateKPerS = relaxed.entry.heatingRateKPerS;
    request.massNg = relaxed.entry.massNg;
    scan.result = analyzeDscScan(*relaxed.datasets.front(), *reference.datasets.front(), request,
                                 scan.settings, settings.forDataset(reference.datasetId));
    return scan;
}

QString firstRelaxedDscScan(const Document &document)
{
    for (int i = 0; i < document.rowCount(); ++i)
        if (isRelaxedDscRow(document, document.row(i).id))
            return document.row(i).id;
    return {};
}

bool isRelaxedDscRow(const Document &document, const QString &datasetId)
{
    const int index = document.rowIndex(datasetId);
    if (index < 0)
        return false;
    const QString technique = document.cell(index, QStringLiteral("technique")).trimmed().toLower();
    const QString path = document.cell(index, QStringLiteral("path")).trimmed().toLower();
    return technique == QLatin1String("dsc") &&
           (path == QLatin1String("isothermal") || path == QLatin1String("isochronal"));
}

} // namespace gb
