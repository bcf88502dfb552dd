// TA Instruments TRIOS (v4/v5, DHR/ARES-G2 rheometers, DMA 850, DSC 25/250/2500), classic
// "Export to text" — e.g. hermes-rheo's tutorial file creep_experiment.txt. Layout (formats.md
// "TA TRIOS classic Export to text"): `Key<TAB>value` lines (`Filename`, `Instrument name`,
// `proceduresegments<TAB>Creep#End of test`, continuation lines starting with a tab), `[Section]`
// blocks of the same, then for each step:
//   [step]
//   Creep - 1                                   <- step title, no tab
//   Step time<TAB>Temperature<TAB>Stress ...    <- names row
//   min<TAB>°C<TAB>MPa ...                      <- units row, empty for dimensionless/text columns
//   0<TAB>44.987<TAB>0.0005 ...                 <- rows; dates and other text columns among them
// UTF-8. TRIOS DSC exports use the same layout with `Heat Flow (Normalized)` in W/g.
#include "io/rheology/TriosTextImporter.h"

#include "io/ImportSupport.h"
#include "io/rheology/TriosSteps.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"

namespace gb {

namespace {
enum class Phase { Header, Title, Names, Units, Data };

bool isSectionLine(std::string_view line, QString &name)
{
    line = trimmed(line);
    if (line.size() < 2 || line.front() != '[' || line.back() != ']')
        return false;
    name = toQString(line.substr(1, line.size() - 2)).trimmed();
    return true;
}

TriosFile parseClassic(std::string_view text, std::vector<Diagnostic> &diagnostics, const QString &fileName)
{
    TriosFile file;
    LineReader reader(text);
    std::string_view line;
    Phase phase = Phase::Header;
    QString section;
    QString name;
    while (reader.next(line)) {
        const qint64 number = reader.lineNumber();
        if (trimmed(line).empty())
            continue;
        if (isSectionLine(line, name)) {
            if (name.compare(QLatin1String("step"), Qt::CaseInsensitive) == 0) {
                file.steps.push_back(TriosStep{});
                file.steps.back().line = number;
                phase = Phase::Title;
            } else {
                section = name;
                phase = Phase::Header;
            }
            continue;
        }
        if (phase == Phase::Header) {
            addTriosHeaderLine(line, section, file.metadata);
            continue;
        }
        TriosStep &step = file.steps.back();
        if (phase == Phase::Title) {
            phase = Phase::Names;
            if (line.substr(0, 10) == "Step name\t") {
                file.looksLikeLims = true;
                break;
            }
            if (line.find('\t') == std::string_view::npos) {
                step.title = toQString(trimmed(line));
                continue;
            }
        }
        if (phase == Phase::Names) {
            step.names = triosCells(line);
            step.namesLine = number;
            phase = Phase::Units;
            continue;
        }
        if (phase == Phase::Units) {
            phase = Phase::Data;
            const std::string_view first = trimmed(line.substr(0, line.find('\t')));
            if (!parseNumber(first).ok() && !looksLikeDecimalComma(first)) {
                step.units = triosCells(line);
                continue;
            }
            diagnostics.push_back({Severity::Warning, QStringLiteral("no_units_row"),
                                   importerText("the step has no units row; values kept as written"),
                                   fileName, number, 1});
        }
        step.rows.emplace_back(number, line);
    }
    file.metadata.sampleName = file.metadata.headerValue(QStringLiteral("Sample name"));
    file.metadata.instrument = file.metadata.headerValue(QStringLiteral("Instrument name"));
    return file;
}
} // namespace

QString TriosTextImporter::displayName() const
{
    return importerText("TA Instruments TRIOS text export");
}

int TriosTextImporter::confidence(const FileProbe &probe) const
{
    // Neither a step section nor a "Filename" first line: no need to walk the lines.
    if (!probe.text.startsWith("Filename\t") && !probeContains(probe, "[step]") &&
        !probeContains(probe, "[Step]"))
        return 0;
    LineReader reader(probe.textView());
    std::string_view line;
    bool afterStep = false;
    bool sawFilename = false;
    bool sawTriosKey = false;
    while (reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        if (afterStep) // the title line of a classic step has no tab; LIMS has "Step name<TAB>..."
            return line.find('\t') == std::string_view::npos ? 90 : 0;
        if (trimmed(line) == "[step]" || trimmed(line) == "[Step]")
            afterStep = true;
        if (reader.lineNumber() == 1 && line.substr(0, 9) == "Filename\t")
            sawFilename = true;
        if (line.substr(0, 18) == "proceduresegments\t" || line.substr(0, 14) == "Trios version\t")
            sawTriosKey = true;
    }
    return sawFilename && sawTriosKey ? 60 : 0;
}

Result<ImportOutput> TriosTextImporter::read(QIODevice &device, const QString &fileName,
                                             const ImportOptions &options) const
{
    ImportOutput output;
    const Result<DecodedText> text = readText(device, fileName, output.diagnostics);
    if (!text.ok())
        return text.error();
    if (text->utf8.trimmed().isEmpty())
        return importError(fileName, 0, importerText("the file is empty"), QStringLiteral("no_data"));
    TriosFile file = parseClassic(std::string_view(text->utf8.constData(), std::size_t(text->utf8.size())),
                                  output.diagnostics, fileName);
    file.endsInsideLine = !text->utf8.endsWith('\n') && !text->utf8.endsWith('\r');
    if (file.looksLikeLims)
        return importError(
            fileName, file.steps.back().line + 1,
            importerText("a TRIOS LIMS export (\"Step name\" after [Step]), not a classic text "
                         "export; read it as ta-trios-lims"),
            QStringLiteral("unknown_format"));
    if (file.steps.empty())
        return importError(fileName, 0, importerText("no [step] block found: not a TRIOS text export"),
                           QStringLiteral("unknown_format"));
    Result<std::vector<DatasetPtr>> datasets =
        buildTriosDatasets(file, fileName, id(), options, output.diagnostics);
    if (!datasets.ok())
        return datasets.error();
    output.datasets = std::move(datasets).value();
    return output;
}

} // namespace gb
