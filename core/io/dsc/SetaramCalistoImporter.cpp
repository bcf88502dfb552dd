// Setaram Calisto (Calisto Processing / Data Acquisition) text export of a DSC or TG-DSC run
// (Labsys, DSC 131, Sensys). Layout: docs/formats.md, "Other DSC text exports"; real file:
// data/real/dsc/sample_dsc_setaram.txt (UTF-16LE with BOM, CRLF).
//
//   Duran - MAC250-MS20 34.04mg             first line: sample name, often with its mass
//   Creation Date : 26/07/2024 06:03:05 p.m.  "Key : value" lines
//   TG :                                     a block; its indented lines belong to it
//    Initial Mass : 34.04 mg
//   HeatFlow :
//    Initial Mass : 34.04 mg
//   Index Time  Furnace  Sample  TG  HeatFlow   flavour 1: blank-aligned, no units
//   1     0     50.06274 53.4440 240.908 -11.195 (s, °C, °C, mg, mW)
// or
//   Index;Time (s);Furnace Temperature (°C);Sample Temperature (°C);TG (mg);HeatFlow (mW)
//                                            flavour 2: semicolon table with units
//
// The mass comes from the HeatFlow block's "Initial Mass" (else the TG block's, else the first line).
// Numbers use a decimal point unless every number in the first rows has a decimal comma. The file
// does not state the heat-flow sign convention, so it is recorded as unknown. One Dataset per file.
#include "io/dsc/SetaramCalistoImporter.h"

#include "io/ImportSupport.h"
#include "io/dsc/DscTextSupport.h"
#include "io/text/LineReader.h"

#include <QCoreApplication>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SetaramCalistoImporter", text);
}

bool isTableHeader(std::string_view line)
{
    line = trimmed(line);
    const auto startsWith = [line](std::string_view word) {
        if (line.size() < word.size())
            return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if ((line[i] | 0x20) != (word[i] | 0x20))
                return false;
        return true;
    };
    return startsWith("index") && line.find("Time") != std::string_view::npos;
}

/// Units and roles of the unit-less blank-aligned flavour, by column name.
ColumnSpec plainColumn(const QString &name)
{
    struct Known {
        const char *name;
        const char *unit;
        Quantity quantity;
    };
    static constexpr Known known[] = {
        {"Index", "", Quantity::Index},
        {"Time", "s", Quantity::Time},
        {"Furnace", "°C", Quantity::ProgramTemperature},
        {"Sample", "°C", Quantity::Temperature},
        {"TG", "mg", Quantity::Mass},
        {"HeatFlow", "mW", Quantity::HeatFlow},
    };
    for (const Known &k : known)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return ColumnSpec{name, QString::fromUtf8(k.unit), k.quantity};
    return ColumnSpec{name, {}, std::nullopt};
}

} // namespace

QString SetaramCalistoImporter::id() const
{
    return QStringLiteral("setaram-calisto");
}

QString SetaramCalistoImporter::displayName() const
{
    return tr("Setaram Calisto export");
}

QStringList SetaramCalistoImporter::filePatterns() const
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.csv")};
}

int SetaramCalistoImporter::confidence(const FileProbe &probe) const
{
    // The table header names a heat flow or a furnace temperature, or this is not Calisto's.
    if (!probeContains(probe, "HeatFlow") && !probeContains(probe, "Furnace"))
        return 0;
    LineReader reader(probe.textView());
    std::string_view line;
    for (int n = 0; n < 60 && reader.next(line); ++n) {
        if (!isTableHeader(line))
            continue;
        const bool heatFlow = line.find("HeatFlow") != std::string_view::npos;
        const bool furnace = line.find("Furnace") != std::string_view::npos;
        if (heatFlow && furnace)
            return probe.text.contains("Initial Mass") ? 95 : 90;
        return heatFlow || furnace ? 60 : 0;
    }
    return 0;
}

Result<ImportOutput> SetaramCalistoImporter::read(QIODevice &device, const QString &fileName,
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

    LineReader reader(text);
    std::string_view line;
    dscio::HeaderList header;
    QString title, block;
    std::string_view tableHeader;
    qint64 tableLine = 0;
    while (reader.next(line)) {
        const std::string_view t = trimmed(line);
        if (t.empty()) {
            block.clear();
            continue;
        }
        if (isTableHeader(t)) {
            tableHeader = t;
            tableLine = reader.lineNumber();
            break;
        }
        const std::size_t colon = t.find(':');
        if (colon == std::string_view::npos) {
            if (title.isEmpty())
                title = dscio::trimmedText(t);
            header.append({QString(), dscio::trimmedText(t)});
            continue;
        }
        const QString key = dscio::trimmedText(t.substr(0, colon));
        const QString value = dscio::trimmedText(t.substr(colon + 1));
        const bool indented = line.front() == ' ' || line.front() == '\t';
        if (indented && !block.isEmpty()) {
            header.append({block + QStringLiteral(" / ") + key, value});
            continue;
        }
        header.append({key, value});
        block = value.isEmpty() ? key : QString();
    }
    if (tableLine == 0)
        return importError(fileName, reader.lineNumber(),
                           tr("no \"Index Time ...\" table header: not a Calisto export"),
                           QStringLiteral("wrong_format"));

    const Delimiter delimiter = tableHeader.find(';') != std::string_view::npos    ? Delimiter::Semicolon
                                : tableHeader.find('\t') != std::string_view::npos ? Delimiter::Tab
                                                                                   : Delimiter::Whitespace;
    std::vector<std::string_view> fields;
    splitFields(tableHeader, delimiter, fields);
    while (!fields.empty() && fields.back().empty())
        fields.pop_back();
    std::vector<ColumnSpec> declared;
    for (std::string_view cell : fields) {
        const QString c = dscio::trimmedText(cell);
        if (delimiter == Delimiter::Whitespace) {
            declared.push_back(plainColumn(c));
        } else {
            const NameAndUnit split = splitNameAndUnit(c);
            ColumnSpec spec{split.name, split.unit, std::nullopt};
            if (spec.name.compare(QLatin1String("Index"), Qt::CaseInsensitive) == 0)
                spec.quantity = Quantity::Index;
            declared.push_back(std::move(spec));
        }
    }
    dscio::makeNamesUnique(declared);

    const char decimal = dscio::sniffDecimalMark(text.substr(reader.offset()), delimiter);
    NumericTableBuilder builder(fileName, dscio::builderSpecs(declared), decimal);
    while (reader.next(line)) {
        if (trimmed(line).empty())
            continue;
        splitFields(line, delimiter, fields);
        builder.addRow(fields, reader.lineNumber());
    }
    std::vector<Column> columns = dscio::finishColumns(builder, declared, fileName, diagnostics);
    if (columns.empty() || columns.front().values.empty())
        return dscio::noDataError(fileName, diagnostics, tableLine,
                                  tr("no data rows after the table header"));

    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = fileName;
    dataset->formatId = id();
    DatasetMetadata &meta = dataset->metadata;
    meta.header = header;
    const dscio::SampleText sample = dscio::splitSampleAndMass(title);
    meta.sampleName = sample.name;
    for (const char *key : {"HeatFlow / Initial Mass", "TG / Initial Mass", "Initial Mass"}) {
        meta.massMg = dscio::parseMassMg(dscio::headerValue(header, {}, QString::fromLatin1(key)));
        if (meta.massMg)
            break;
    }
    if (!meta.massMg)
        meta.massMg = sample.massMg;
    dataset->curveName = meta.sampleName;
    dataset->columns = std::move(columns);
    ImportOutput output;
    output.datasets.push_back(std::move(dataset));
    output.diagnostics = std::move(diagnostics);
    return output;
}

} // namespace gb
