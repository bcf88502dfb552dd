#include "InspectCommand.h"

#include "io/ImporterRegistry.h"

namespace gb::cli {

namespace {
void printDataset(const Dataset &dataset, QTextStream &out)
{
    out << "  curve " << dataset.segment << ": \"" << dataset.curveName << "\", " << dataset.rowCount()
        << " rows\n";
    for (const Column &column : dataset.columns) {
        out << "    " << column.name << "  [" << quantityId(column.quantity) << ", " << column.unit;
        if (!column.originalUnit.isEmpty() && column.originalUnit != column.unit)
            out << " from " << column.originalUnit;
        out << "]\n";
    }
    const DatasetMetadata &meta = dataset.metadata;
    if (!meta.sampleName.isEmpty())
        out << "    sample: " << meta.sampleName << '\n';
    if (meta.massMg)
        out << "    mass: " << QString::number(*meta.massMg, 'g', 10) << " mg\n";
    if (!meta.instrument.isEmpty())
        out << "    instrument: " << meta.instrument << '\n';
    if (meta.heatFlowSign != HeatFlowSign::Unknown)
        out << "    heat flow sign: " << heatFlowSignId(meta.heatFlowSign) << '\n';
}

void printHeader(const DatasetMetadata &meta, QTextStream &out)
{
    if (meta.header.isEmpty())
        return;
    out << "  header:\n";
    for (const auto &[key, value] : meta.header)
        out << "    " << key << " = " << value << '\n';
}
} // namespace

int runInspect(const QStringList &files, const QString &forcedFormat, QTextStream &out, QTextStream &err)
{
    const ImporterRegistry &registry = ImporterRegistry::standard();
    int failures = 0;
    for (const QString &path : files) {
        const Result<ImportedFile> imported = registry.importFile(path, forcedFormat);
        out << path << '\n';
        if (!imported.ok()) {
            err << "error: " << imported.error().toString() << '\n';
            out << "  error: " << imported.error().message << '\n';
            ++failures;
            continue;
        }
        const Importer *importer = registry.find(imported->formatId);
        out << "  format: " << imported->formatId << " (" << importer->displayName() << "), confidence "
            << imported->confidence << '\n';
        out << "  curves: " << imported->output.datasets.size() << '\n';
        if (!imported->output.datasets.empty())
            printHeader(imported->output.datasets.front()->metadata, out);
        for (const DatasetPtr &dataset : imported->output.datasets)
            printDataset(*dataset, out);
        for (const Diagnostic &d : imported->output.diagnostics)
            out << "  " << severityName(d.severity) << ": " << d.toString() << '\n';
    }
    out.flush();
    return failures == 0 ? 0 : 3;
}

} // namespace gb::cli
