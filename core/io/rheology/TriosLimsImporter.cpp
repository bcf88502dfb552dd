// TA Instruments TRIOS (v5) "LIMS export" text files, e.g. hermes-rheo's
// test_frequency_sweep_tts_ARES.txt (ARES-G2, 20 frequency sweeps). Layout (formats.md "TA TRIOS
// LIMS export"): `[Version]` with `TA Instruments LIMS export format version<TAB>0`, `[Header]`,
// `[Sample]`, `[Procedure: Steps]`, `[Parameters: ...]` blocks of `Key<TAB>value` lines, then per step
//   [Step]
//   Step name<TAB>Frequency sweep (150.0 °C)
//   Number of points<TAB>17
//   Variables<TAB>Run time<TAB>Temperature ...
//   Units<TAB>s<TAB>°C ...                  <- empty for dimensionless and text columns
//   Data point<TAB>552.17<TAB>149.98 ...     <- cells may be empty, text (FRT), hex (0xB6453), dates
// UTF-8, LF.
#include "io/rheology/TriosLimsImporter.h"

#include "io/ImportSupport.h"
#include "io/rheology/TriosSteps.h"
#include "io/text/LineReader.h"

namespace gb {

namespace {
bool isSectionLine(std::string_view line, QString &name)
{
    line = trimmed(line);
    if (line.size() < 2 || line.front() != '[' || line.back() != ']')
        return false;
    name = toQString(line.substr(1, line.size() - 2)).trimmed();
    return true;
}

std::string_view firstCell(std::string_view line)
{
    return trimmed(line.substr(0, line.find('\t')));
}

std::string_view afterFirstCell(std::string_view line)
{
    const std::size_t tab = line.find('\t');
    return tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
}

/// One line inside a [Step] block.
void addStepLine(TriosStep &step, std::string_view line, qint64 number, qint64 &unexpected,
                 qint64 &firstUnexpected)
{
    const std::string_view key = firstCell(line);
    const std::string_view rest = afterFirstCell(line);
    if (key == "Data point") {
        step.rows.emplace_back(number, rest);
    } else if (key == "Variables") {
        step.names = triosCells(rest);
        step.namesLine = number;
    } else if (key == "Units") {
        step.units = triosCells(rest);
    } else if (!step.names.isEmpty()) { // after the column names only data rows belong here
        if (unexpected++ == 0)
            firstUnexpected = number;
    } else {
        const QString value = toQString(trimmed(rest));
        step.header.append({toQString(key), value});
        if (key == "Step name") {
            step.title = value;
        } else if (key == "Number of points") {
            bool ok = false;
            const qint64 points = value.toLongLong(&ok);
            if (ok) {
                step.declaredPoints = points;
                step.declaredPointsLine = number;
            }
        }
    }
}

TriosFile parseLims(std::string_view text, const QString &fileName, std::vector<Diagnostic> &diagnostics)
{
    TriosFile file;
    LineReader reader(text);
    std::string_view line;
    QString section;
    QString name;
    bool inStep = false;
    qint64 unexpected = 0;
    qint64 firstUnexpected = 0;
    while (reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        if (isSectionLine(line, name)) {
            inStep = name.compare(QLatin1String("Step"), Qt::CaseInsensitive) == 0;
            if (inStep) {
                file.steps.push_back(TriosStep{});
                file.steps.back().line = reader.lineNumber();
            } else {
                section = name;
            }
            continue;
        }
        if (inStep)
            addStepLine(file.steps.back(), line, reader.lineNumber(), unexpected, firstUnexpected);
        else
            addTriosHeaderLine(line, section, file.metadata);
    }
    if (unexpected > 0)
        diagnostics.push_back({Severity::Warning, QStringLiteral("unexpected_line"),
                               importerText("line in a step that is neither a \"Data point\" row nor a step "
                                            "header; not read"),
                               fileName, firstUnexpected, unexpected});
    file.metadata.sampleName = file.metadata.headerValue(QStringLiteral("Sample/Name"));
    file.metadata.instrument =
        file.metadata.headerValue(QStringLiteral("Parameters: File Parameters/Instrument type"));
    if (file.metadata.instrument.isEmpty())
        file.metadata.instrument = file.metadata.headerValue(QStringLiteral("Header/Instrument name"));
    return file;
}
} // namespace

QString TriosLimsImporter::displayName() const
{
    return importerText("TA Instruments TRIOS LIMS export");
}

int TriosLimsImporter::confidence(const FileProbe &probe) const
{
    // Neither marker anywhere: no need to walk the lines.
    if (!probeContains(probe, "TA Instruments LIMS export") && !probeContains(probe, "[Step]"))
        return 0;
    LineReader reader(probe.textView());
    std::string_view line;
    bool afterStep = false;
    while (reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        if (line.find("TA Instruments LIMS export") != std::string_view::npos)
            return 95;
        if (afterStep)
            return firstCell(line) == "Step name" ? 80 : 0;
        afterStep = trimmed(line) == "[Step]";
    }
    return 0;
}

Result<ImportOutput> TriosLimsImporter::read(QIODevice &device, const QString &fileName,
                                             const ImportOptions &options) const
{
    ImportOutput output;
    const Result<DecodedText> text = readText(device, fileName, output.diagnostics);
    if (!text.ok())
        return text.error();
    if (text->utf8.trimmed().isEmpty())
        return importError(fileName, 0, importerText("the file is empty"), QStringLiteral("no_data"));
    TriosFile file = parseLims(std::string_view(text->utf8.constData(), std::size_t(text->utf8.size())),
                               fileName, output.diagnostics);
    file.endsInsideLine = !text->utf8.endsWith('\n') && !text->utf8.endsWith('\r');
    if (file.steps.empty())
        return importError(fileName, 0, importerText("no [Step] block found: not a TRIOS LIMS export"),
                           QStringLiteral("unknown_format"));
    Result<std::vector<DatasetPtr>> datasets =
        buildTriosDatasets(file, fileName, id(), options, output.diagnostics);
    if (!datasets.ok())
        return datasets.error();
    output.datasets = std::move(datasets).value();
    return output;
}

} // namespace gb
