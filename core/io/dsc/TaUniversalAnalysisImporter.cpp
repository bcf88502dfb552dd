// TA Instruments Universal Analysis 2000 text export ("File > Export Data File > File & Signals"),
// written for DSC (Q-series, 2920 MDSC) and DMA Q800 runs. Layout: docs/formats.md, "TA Instruments
// Universal Analysis text export"; real file: data/real/dsc/sample_dsc_tainstruments.txt.
//
//   CLOSED                          file status
//   Instrument<TAB>2920 MDSC V2.6A  <key><TAB><value>[<TAB><unit>] header lines
//   Size<TAB>9.00000<TAB>mg         sample mass
//   Exotherm<TAB>Up                 sign convention (Up: endothermic down)
//   Nsig<TAB>3                      column count, then Sig<i><TAB><name> (<unit>) per column
//   StartOfData
//   -1.000000<TAB>69.19148<TAB>0    a time of -1 marks a segment break, not a data point
//   187.9960<TAB>-21.18184<TAB>-10.46185
//
// Universal Analysis writes code page 437, where byte F8 is the degree sign; read as Windows-1252 it
// arrives as 'ø' (and CP437 µ, byte E6, as 'æ'). Units are repaired always ("øC" → "°C"), header
// values when the header is not valid UTF-8 (and so was read as Windows-1252).
// Segment breaks: the rows with time -1 split the run into segments (heating, cooling, ...): one
// Dataset per non-empty segment, and an Info diagnostic counts the marker rows (they are not data).
#include "io/dsc/TaUniversalAnalysisImporter.h"

#include "io/ImportSupport.h"
#include "io/dsc/DscTextSupport.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/TextDecoding.h"

#include <QCoreApplication>
#include <QMap>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TaUniversalAnalysisImporter", text);
}

/// CP437 bytes that Windows-1252 decoding turned into other letters.
QString repairCodePage437(QString text)
{
    text.replace(QChar(0x00F8), QChar(0x00B0)); // ø → °
    text.replace(QChar(0x00E6), QChar(0x00B5)); // æ → µ
    return text;
}

bool isSegmentBreak(std::string_view time)
{
    time = trimmed(time);
    if (time.size() < 2 || time[0] != '-' || time[1] != '1')
        return false;
    const ParsedNumber n = parseNumber(time);
    return n.ok() && n.value == -1.0;
}

/// The bytes before the line reading "StartOfData" (all of them when there is none).
std::string_view headerOf(std::string_view text)
{
    LineReader reader(text);
    std::string_view line;
    std::size_t lineStart = 0;
    while (reader.next(line)) {
        if (trimmed(line) == "StartOfData")
            return text.substr(0, lineStart);
        lineStart = reader.offset();
    }
    return text;
}

} // namespace

QString TaUniversalAnalysisImporter::id() const
{
    return QStringLiteral("ta-universal-analysis");
}

QString TaUniversalAnalysisImporter::displayName() const
{
    return tr("TA Instruments Universal Analysis export");
}

QStringList TaUniversalAnalysisImporter::filePatterns() const
{
    return {QStringLiteral("*.txt")};
}

int TaUniversalAnalysisImporter::confidence(const FileProbe &probe) const
{
    if (!probeContains(probe, "Nsig\t")) // then no line starts with it either
        return 0;
    // Lines that start with a marker's letters lie in its markerRegion (the header).
    auto hasLine = [&probe](std::string_view marker) {
        return dscio::hasLineStartingWith(markerRegion(probe, marker), marker);
    };
    const bool signals = hasLine("Nsig\t") && hasLine("Sig1\t");
    if (signals && hasLine("StartOfData"))
        return 95;
    return signals ? 70 : 0;
}

Result<ImportOutput> TaUniversalAnalysisImporter::read(QIODevice &device, const QString &fileName,
                                                       const ImportOptions &options) const
{
    (void)options;
    std::vector<Diagnostic> diagnostics;
    Result<dscio::RawText> raw = dscio::readRawText(device, fileName, diagnostics);
    if (!raw.ok())
        return raw.error();
    // The rows are parsed in the file's bytes; only the header is decoded, as UTF-8 unless it
    // is not valid UTF-8 (then it is code page 437, read as Windows-1252).
    const std::string_view text = raw.value().view();
    const std::string_view headerBytes = headerOf(text);
    const bool codePage437 =
        raw.value().skip == 0 && !isValidUtf8(headerBytes.data(), qsizetype(headerBytes.size()));
    auto headerText = [codePage437](std::string_view piece) {
        piece = trimmed(piece);
        return codePage437 ? windows1252ToString(piece)
                           : QString::fromUtf8(piece.data(), qsizetype(piece.size()));
    };
    if (dscio::isBlank(text))
        return importError(fileName, 1, tr("the file is empty"), QStringLiteral("empty_file"));

    // Header: everything up to StartOfData.
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    dscio::HeaderList header;
    QMap<int, QString> signalNames;
    int declaredSignals = -1;
    qint64 nsigLine = 0;
    bool started = false;
    while (!started && reader.next(line)) {
        const std::string_view t = trimmed(line);
        if (t.empty())
            continue;
        if (t == "StartOfData") {
            started = true;
            break;
        }
        const std::size_t tab = t.find('\t');
        const QString key = headerText(t.substr(0, tab));
        QString value = tab == std::string_view::npos ? QString() : headerText(t.substr(tab + 1));
        value.replace(u'\t', u' ');
        if (codePage437)
            value = repairCodePage437(value);
        header.append({key, value});
        if (key == QLatin1String("Nsig")) {
            bool ok = false;
            declaredSignals = value.toInt(&ok);
            nsigLine = reader.lineNumber();
            if (!ok || declaredSignals < 1 || declaredSignals > 1000)
                return importError(fileName, nsigLine, tr("Nsig \"%1\" is not a column count").arg(value),
                                   QStringLiteral("bad_header"));
        } else if (key.startsWith(QLatin1String("Sig")) && key.size() > 3) {
            bool ok = false;
            const int index = key.mid(3).toInt(&ok);
            if (ok && index >= 1 && index <= 1000)
                signalNames.insert(index, value);
        }
    }
    if (!started)
        return importError(fileName, reader.lineNumber(),
                           tr("no \"StartOfData\" line: not a Universal Analysis export"),
                           QStringLiteral("wrong_format"));
    const qint64 startLine = reader.lineNumber();
    const int signalCount =
        declaredSignals > 0 ? declaredSignals : (signalNames.isEmpty() ? 0 : signalNames.lastKey());
    if (signalCount == 0)
        return importError(fileName, startLine, tr("no Sig<n> column descriptions before StartOfData"),
                           QStringLiteral("bad_header"));
    if (signalNames.size() != signalCount)
        diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("bad_header"),
                                         tr("Nsig says %1 columns but %2 Sig<n> lines describe them")
                                             .arg(signalCount)
                                             .arg(signalNames.size()),
                                         fileName, nsigLine, 1});

    std::vector<ColumnSpec> declared;
    std::size_t timeColumn = 0;
    for (int i = 1; i <= signalCount; ++i) {
        const QString description = signalNames.value(i, tr("Signal %1").arg(i));
        const NameAndUnit split = splitNameAndUnit(description);
        ColumnSpec spec{split.name, normalizeUnitText(repairCodePage437(split.unit)), std::nullopt};
        if (spec.name.compare(QLatin1String("Time"), Qt::CaseInsensitive) == 0)
            timeColumn = std::size_t(i - 1);
        declared.push_back(std::move(spec));
    }
    dscio::makeNamesUnique(declared);

    // Rows; a time of -1 closes a segment.
    NumericTableBuilder builder(fileName, dscio::builderSpecs(declared), '.');
    std::vector<qsizetype> breaks{0};
    qint64 markers = 0, firstMarkerLine = 0;
    // A row of plain numbers whose time is not -1 cannot be a segment break.
    const NumericTableBuilder::RowMarker segmentBreak{timeColumn, -1.0};
    while (true) {
        builder.addPlainRows(reader, Delimiter::Tab, segmentBreak);
        if (!reader.next(line))
            break;
        if (trimmed(line).empty())
            continue;
        if (builder.parsePlainRow(line, Delimiter::Tab) && builder.plainRow()[timeColumn] != -1.0) {
            builder.addPlainRow();
            continue;
        }
        splitFields(line, Delimiter::Tab, fields);
        if (fields.size() > timeColumn && isSegmentBreak(fields[timeColumn])) {
            if (markers++ == 0)
                firstMarkerLine = reader.lineNumber();
            if (breaks.back() != builder.rowCount())
                breaks.push_back(builder.rowCount());
            continue;
        }
        builder.addRow(fields, reader.lineNumber());
    }
    const qsizetype rows = builder.rowCount();
    if (breaks.back() != rows)
        breaks.push_back(rows);
    std::vector<Column> columns = dscio::finishColumns(builder, declared, fileName, diagnostics);
    if (markers > 0)
        diagnostics.push_back(
            Diagnostic{Severity::Info, QStringLiteral("segment_break"),
                       tr("rows with time -1 mark segment breaks; read as boundaries, not data"), fileName,
                       firstMarkerLine, markers});

    DatasetMetadata meta;
    meta.header = header;
    meta.sampleName = dscio::headerValue(header, {}, QStringLiteral("Sample"));
    meta.instrument = dscio::headerValue(header, {}, QStringLiteral("Instrument")).simplified();
    meta.massMg = dscio::parseMassMg(dscio::headerValue(header, {}, QStringLiteral("Size")));
    const QString exotherm = dscio::headerValue(header, {}, QStringLiteral("Exotherm"));
    if (exotherm.compare(QLatin1String("Up"), Qt::CaseInsensitive) == 0)
        meta.heatFlowSign = HeatFlowSign::EndothermicDown;
    else if (exotherm.compare(QLatin1String("Down"), Qt::CaseInsensitive) == 0)
        meta.heatFlowSign = HeatFlowSign::EndothermicUp;

    ImportOutput output;
    const std::size_t segments = breaks.size() - 1;
    for (std::size_t s = 0; s < segments && !columns.empty(); ++s) {
        auto dataset = std::make_shared<Dataset>();
        dataset->sourceFile = fileName;
        dataset->formatId = id();
        dataset->segment = int(s + 1);
        dataset->curveName =
            segments > 1 || meta.sampleName.isEmpty() ? tr("Segment %1").arg(s + 1) : meta.sampleName;
        dataset->columns =
            segments == 1 ? std::move(columns) : dscio::sliceColumns(columns, breaks[s], breaks[s + 1]);
        dataset->metadata = meta;
        output.datasets.push_back(std::move(dataset));
    }
    output.diagnostics = std::move(diagnostics);
    if (output.datasets.empty())
        return dscio::noDataError(fileName, output.diagnostics, startLine,
                                  tr("no data rows after StartOfData"));
    return output;
}

} // namespace gb
