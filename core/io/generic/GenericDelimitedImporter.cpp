// Generic delimited text: tables written by hand, by spreadsheets or by instruments without a
// dedicated importer (researcher CSV such as MaCFP's NIST_DSC_N2_10K_1.csv with a `[s],[K],[mW/mg]`
// units row, pyRheo's tab-separated `Time<TAB>Relaxation Modulus`, testing-machine exports such as
// `时间,位移,力` / `(s),(mm),(N)`). Layout rules: formats.md "Generic delimited text" and
// methods.md §6.4 (delimiter sniffing, decimal comma, header/data boundary).
#include "io/generic/GenericDelimitedImporter.h"

#include "io/ImportSupport.h"
#include "io/generic/ColumnHeaders.h"
#include "io/generic/GenericImportOptions.h"
#include "io/generic/GenericTableReader.h"
#include "io/text/LineReader.h"

#include <QFileInfo>

#include <algorithm>
#include <string_view>

namespace gb {

namespace {
constexpr qsizetype kProbeBytes = 64 * 1024;
constexpr int kConfidence = 15;

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    LineReader reader(text);
    std::string_view line;
    while (reader.next(line))
        lines.push_back(line);
    return lines;
}
} // namespace

QString GenericDelimitedImporter::displayName() const
{
    return importerText("Delimited text table (CSV, TSV, semicolon or blank separated)");
}

QStringList GenericDelimitedImporter::filePatterns() const
{
    return {QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt"),
            QStringLiteral("*.dat"), QStringLiteral("*.asc")};
}

int GenericDelimitedImporter::confidence(const FileProbe &probe) const
{
    if (probe.text.isEmpty() || probe.text.contains('\0'))
        return 0;
    qsizetype usable = probe.text.size();
    if (probe.head.size() >= kProbeBytes) { // the probe may end inside a line: leave that line out
        const qsizetype lastBreak = std::max(probe.text.lastIndexOf('\n'), probe.text.lastIndexOf('\r'));
        usable = lastBreak > 0 ? lastBreak : 0;
    }
    const std::vector<std::string_view> lines = splitLines(std::string_view(probe.text.constData(), usable));
    return sniffDelimitedTable(lines, {}, probe.fileName).ok() ? kConfidence : 0;
}

Result<ImportOutput> GenericDelimitedImporter::read(QIODevice &device, const QString &fileName,
                                                    const ImportOptions &options) const
{
    ImportOutput output;
    const Result<GenericImportOptions> parsedOptions = parseGenericImportOptions(options, fileName);
    if (!parsedOptions.ok())
        return parsedOptions.error();
    const Result<DecodedText> text = readText(device, fileName, output.diagnostics);
    if (!text.ok())
        return text.error();
    if (text->utf8.trimmed().isEmpty())
        return importError(fileName, 0, importerText("the file is empty"), QStringLiteral("no_data"));
    if (text->utf8.contains('\0'))
        return importError(fileName, 0, importerText("the file holds binary data, not text"),
                           QStringLiteral("unknown_format"));

    const std::vector<std::string_view> lines =
        splitLines(std::string_view(text->utf8.constData(), std::size_t(text->utf8.size())));
    const Result<TableLayout> layout = sniffDelimitedTable(lines, parsedOptions->hints, fileName);
    if (!layout.ok())
        return layout.error();
    if (layout->decimalAmbiguous) {
        const DecimalMarkEvidence &evidence = layout->decimalEvidence;
        return importError(fileName, std::max(evidence.firstCommaLine(), evidence.firstPointLine()),
                           evidence.conflictDescription() +
                               importerText("; say which is the decimal mark with the option decimal = \".\" "
                                            "or \",\""),
                           QStringLiteral("ambiguous_decimal"));
    }

    const QString curveName = QFileInfo(fileName).completeBaseName();
    const bool endsInsideLine = !text->utf8.endsWith('\n') && !text->utf8.endsWith('\r');
    Result<DatasetPtr> dataset = readGenericTable(lines, endsInsideLine, *layout, *parsedOptions, fileName,
                                                  id(), curveName, output.diagnostics);
    if (!dataset.ok())
        return dataset.error();
    output.datasets.push_back(std::move(dataset).value());
    return output;
}

} // namespace gb
