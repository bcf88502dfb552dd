// PerkinElmer Pyris (Pyris Manager 11–13; DSC 8000/8500, DSC 4000/6000) "Save Data As ASCII" text.
// Layout: docs/formats.md, "Other DSC text exports"; no public real file exists, the layout is the
// one public parsers read:
//
//   Filename:<TAB>C:\...\run.dsc             header: "Key:<TAB>value" lines, then the method
//   Sample ID:<TAB>PS film                   steps "1)<TAB>Heat from ..." (used as curve names)
//   Sample Weight:<TAB>5.120 mg
//   1) DSC 8500 Temperature Scan             the first step marker ends the header
//   <TAB>Time<TAB>Unsubtracted Heat Flow<TAB>...   names (units in brackets, or on the next line)
//   <TAB>[min]<TAB>[mW]<TAB>...              optional units line
//   <TAB>0.000<TAB>-1.#IND00<TAB>...         rows: an empty first field; -1.#IND00 is a gap
//   2) DSC 8500 Temperature Scan             each further step marker starts the next step
//   <TAB>DSC8500 MANUAL TUNE CALIBRATION VALUES:   a text line ends the data: footer follows
//
// One Dataset per method step. Gaps become NaN and the row is kept. Power-compensation DSC measures
// the power put into the sample, so the heat flow is endothermic up (Pyris' default display).
#include "io/dsc/PerkinElmerPyrisImporter.h"

#include "io/ImportSupport.h"
#include "io/dsc/DscTextSupport.h"
#include "io/text/LineReader.h"

#include <QCoreApplication>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PerkinElmerPyrisImporter", text);
}

/// The step number of a marker line such as "2) DSC 8500 Temperature Scan", else -1.
int stepNumber(std::string_view line)
{
    line = trimmed(line);
    std::size_t i = 0;
    int n = 0;
    while (i < line.size() && i < 4 && line[i] >= '0' && line[i] <= '9')
        n = n * 10 + (line[i++] - '0');
    return i > 0 && i < line.size() && line[i] == ')' ? n : -1;
}

/// True for the column names line: tab-separated names among which "Time..." and "...Heat Flow...".
bool isNamesLine(std::string_view line)
{
    if (line.find('\t') == std::string_view::npos)
        return false;
    const std::size_t time = line.find("Time");
    return time != std::string_view::npos && (time == 0 || line[time - 1] == '\t') &&
           line.find("Heat Flow") != std::string_view::npos;
}

struct TablePosition {
    qint64 markerLine = 0;
    qint64 namesLine = 0;
};

/// Finds the column names line and the step marker above it.
TablePosition locateTable(std::string_view text, int maxLines)
{
    LineReader reader(text);
    std::string_view line;
    TablePosition position;
    while (reader.lineNumber() < maxLines && reader.next(line)) {
        if (stepNumber(line) >= 0)
            position.markerLine = reader.lineNumber();
        else if (isNamesLine(line)) {
            position.namesLine = reader.lineNumber();
            return position;
        }
    }
    return {};
}

void addHeaderLine(dscio::HeaderList &header, std::string_view line)
{
    const std::string_view t = trimmed(line);
    if (t.empty())
        return;
    std::size_t split = t.find('\t');
    if (split == std::string_view::npos)
        split = t.find(':');
    if (split == std::string_view::npos) {
        header.append({QString(), dscio::trimmedText(t)});
        return;
    }
    QString key = dscio::trimmedText(t.substr(0, split));
    if (key.endsWith(u':'))
        key.chop(1);
    header.append({key, dscio::trimmedText(t.substr(split + 1))});
}

} // namespace

QString PerkinElmerPyrisImporter::id() const
{
    return QStringLiteral("perkinelmer-pyris");
}

QString PerkinElmerPyrisImporter::displayName() const
{
    return tr("PerkinElmer Pyris text export");
}

QStringList PerkinElmerPyrisImporter::filePatterns() const
{
    return {QStringLiteral("*.txt")};
}

int PerkinElmerPyrisImporter::confidence(const FileProbe &probe) const
{
    if (!probeContains(probe, "Heat Flow")) // then there is no names line to locate
        return probeContains(probe, "Pyris") ? 30 : 0;
    const TablePosition table = locateTable(probe.textView(), 400);
    if (table.namesLine > 0 && table.markerLine > 0)
        return 90;
    return probeContains(probe, "Pyris") ? 30 : 0;
}

Result<ImportOutput> PerkinElmerPyrisImporter::read(QIODevice &device, const QString &fileName,
                                                    const ImportOptions &options) const
{
    (void)options;
    std::vector<Diagnostic> diagnostics;
    Result<DecodedText> decoded = readText(device, fileName, diagnostics);
    if (!decoded.ok())
        return decoded.error();
    const QByteArray &utf8 = decoded.value().utf8;
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));
    if (dscio::isBlank(text))
        return importError(fileName, 1, tr("the file is empty"), QStringLiteral("empty_file"));
    const TablePosition table = locateTable(text, 100000);
    if (table.namesLine == 0 || table.markerLine == 0)
        return importError(fileName, 1,
                           tr("no step line such as \"1) DSC 8500 Temperature Scan\" followed by column "
                              "names: not a Pyris text export"),
                           QStringLiteral("wrong_format"));

    LineReader reader(text);
    std::string_view line, marker;
    dscio::HeaderList header;
    while (reader.next(line) && reader.lineNumber() < table.markerLine)
        addHeaderLine(header, line);
    marker = trimmed(line);
    while (reader.lineNumber() < table.namesLine && reader.next(line)) {
    }
    std::vector<std::string_view> fields, row;
    splitFields(line, Delimiter::Tab, fields);
    std::vector<ColumnSpec> declared;
    for (std::size_t i = 1; i < fields.size(); ++i) {
        if (fields[i].empty() && i + 1 == fields.size())
            break; // trailing tab
        const NameAndUnit split = splitNameAndUnit(dscio::trimmedText(fields[i]));
        declared.push_back(ColumnSpec{split.name, split.unit, std::nullopt});
    }
    // An optional units line: an empty first field and no numbers.
    const LineReader afterNames = reader;
    if (reader.next(line) && !line.empty() && (line.front() == '\t' || line.front() == ' ') &&
        !dscio::startsLikeNumber(line)) {
        splitFields(line, Delimiter::Tab, fields);
        for (std::size_t i = 1; i < fields.size() && i - 1 < declared.size(); ++i)
            if (!fields[i].empty())
                declared[i - 1].unit = normalizeUnitText(dscio::trimmedText(fields[i]));
    } else {
        reader = afterNames; // no units line: the rows start right after the names
    }
    dscio::makeNamesUnique(declared);

    const char decimal = dscio::sniffDecimalMark(text.substr(reader.offset()), Delimiter::Tab);
    NumericTableBuilder builder(fileName, dscio::builderSpecs(declared), decimal);
    std::vector<std::pair<qsizetype, QString>> steps{{0, dscio::trimmedText(marker)}};
    std::vector<int> stepNumbers{stepNumber(marker)};
    bool footer = false;
    qint64 rowsAfterFooter = 0, firstAfterFooter = 0;
    while (reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        const bool emptyFirst = line.front() == '\t' || line.front() == ' ';
        if (!footer && !emptyFirst && stepNumber(line) >= 0) {
            if (steps.back().first == builder.rowCount()) { // the step before has no rows
                steps.pop_back();
                stepNumbers.pop_back();
            }
            steps.emplace_back(builder.rowCount(), dscio::trimmedText(line));
            stepNumbers.push_back(stepNumber(line));
            continue;
        }
        splitFields(line, Delimiter::Tab, fields);
        const bool dataLike = emptyFirst && fields.size() > 1 && dscio::startsLikeNumber(fields[1]);
        if (footer || !(dataLike || (emptyFirst && fields.size() >= declared.size() + 1))) {
            if (footer && dataLike && fields.size() >= declared.size() + 1 && rowsAfterFooter++ == 0)
                firstAfterFooter = reader.lineNumber();
            footer = true;
            addHeaderLine(header, line);
            continue;
        }
        row.assign(fields.begin() + 1, fields.end());
        builder.addRow(row, reader.lineNumber());
    }
    if (rowsAfterFooter > 0)
        diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("rows_after_footer"),
                                         tr("rows of numbers after the end of the data were skipped"),
                                         fileName, firstAfterFooter, rowsAfterFooter});
    const qsizetype rows = builder.rowCount();
    const std::vector<Column> columns = dscio::finishColumns(builder, declared, fileName, diagnostics);

    DatasetMetadata meta;
    meta.header = header;
    meta.sampleName = dscio::headerValue(header, {}, QStringLiteral("Sample ID"));
    meta.instrument = dscio::headerValue(header, {}, QStringLiteral("Instrument"));
    for (const char *key : {"Sample Weight", "Display Weight", "Weight"}) {
        meta.massMg = dscio::parseMassMg(dscio::headerValue(header, {}, QString::fromLatin1(key)));
        if (meta.massMg)
            break;
    }
    meta.heatFlowSign = HeatFlowSign::EndothermicUp;

    ImportOutput output;
    for (std::size_t s = 0; s < steps.size() && !columns.empty(); ++s) {
        const qsizetype begin = steps[s].first;
        const qsizetype end = s + 1 < steps.size() ? steps[s + 1].first : rows;
        if (end <= begin)
            continue;
        const QString method = dscio::headerValue(header, {}, QStringLiteral("%1)").arg(stepNumbers[s]));
        auto dataset = std::make_shared<Dataset>();
        dataset->sourceFile = fileName;
        dataset->formatId = id();
        dataset->segment = int(output.datasets.size() + 1);
        dataset->curveName =
            method.isEmpty() ? steps[s].second : QStringLiteral("%1) %2").arg(stepNumbers[s]).arg(method);
        dataset->columns = steps.size() == 1 ? columns : dscio::sliceColumns(columns, begin, end);
        dataset->metadata = meta;
        output.datasets.push_back(std::move(dataset));
    }
    output.diagnostics = std::move(diagnostics);
    if (output.datasets.empty())
        return dscio::noDataError(fileName, output.diagnostics, table.namesLine,
                                  tr("no data rows after the column names"));
    return output;
}

} // namespace gb
