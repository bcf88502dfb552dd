// Mettler Toledo STARe "export curve values" text (STARe 9 to 16; Flash DSC 1 and Flash DSC 2+).
// Layout: docs/formats.md, "Mettler Toledo STARe export". No public real file exists; the layout is
// the one public parsers agree on:
//
//   Curve Name:                       a curve starts; its name is on the next (indented) line
//     Ta385 ta0.3s  Seg 7
//   Curve Values:
//      Index     t        Ts       Tr      Value      names, right-aligned, blank-separated
//               [s]     [°C]     [°C]       [mW]      units (Index has none; W/g when normalised)
//          0   0.0000  403.000  403.000  -0.0123     rows until a blank or non-numeric line
//   Sample:                            key lines; the value is inline or on the next indented line
//     AuMG 0.000484 mg
//   Results: ... User:                 temperature-abscissa variant: results end the table and
//                                      "User:" closes the curve
//
// One file holds the whole Flash DSC protocol: one Dataset per curve, in file order, with
// segment = the curve's 1-based position in the file (segment numbers in names may repeat and
// the Index restarts for every curve). Latin-1/ISO-8859-2 and UTF-16LE exports are decoded by
// readText. The heat flow keeps the file's sign; STARe plots endothermic down, which is recorded.
// Fast path: a table's rows are parsed in place in one buffer, in runs by
// NumericTableBuilder::addPlainRows and one by one by addLine; nothing is allocated per row.
#include "io/dsc/MettlerStareImporter.h"

#include "io/ImportSupport.h"
#include "io/dsc/DscTextSupport.h"
#include "io/text/LineReader.h"

#include <QCoreApplication>

#include <optional>

namespace gb {

using dscio::HeaderList;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MettlerStareImporter", text);
}

bool startsWithKey(std::string_view line, std::string_view key)
{
    return line.substr(0, key.size()) == key;
}

struct ParsedCurve {
    QString name;
    qint64 firstLine = 0;
    HeaderList header;
    std::vector<Column> columns;
};

/// Reads one STARe export, line by line, into curves.
class StareReader {
public:
    StareReader(const QString &fileName, const dscio::RawText &raw, std::vector<Diagnostic> &diagnostics)
        : m_fileName(fileName), m_raw(raw), m_text(raw.view()), m_reader(m_text), m_diagnostics(diagnostics)
    {
    }

    Result<ImportOutput> read(const QString &formatId);

private:
    enum class State { Text, Names, Units, Rows, Results };

    HeaderList &target() { return m_current >= 0 ? m_curves[std::size_t(m_current)].header : m_fileHeader; }
    void beginCurve(qint64 line);
    void closeCurve();
    void beginTable(const std::vector<std::string_view> &units);
    void closeTable();
    void textLine(std::string_view line, qint64 lineNumber);
    void addKey(const QString &key, const QString &value);
    void addValueLine(const QString &value);

    QString text(std::string_view piece) const { return m_raw.text(piece); }

    QString m_fileName;
    const dscio::RawText &m_raw;
    std::string_view m_text;
    LineReader m_reader;
    std::vector<Diagnostic> &m_diagnostics;

    State m_state = State::Text;
    std::vector<ParsedCurve> m_curves;
    qint64 m_current = -1; ///< index of the open curve in m_curves, -1 when none
    HeaderList m_fileHeader;
    bool m_sawTable = false;

    // A key whose value comes on the following line(s): where its value goes.
    qint64 m_pendingCurve = -2; ///< -2 none, -1 file header, else curve index
    qsizetype m_pendingIndex = -1;
    bool m_pendingIsName = false;
    bool m_pendingHasValue = false; ///< a value line arrived; only text lines may continue it

    std::vector<QString> m_names;
    std::vector<ColumnSpec> m_declared;
    std::optional<NumericTableBuilder> m_builder;
    std::vector<std::string_view> m_fields;
    qint64 m_strayRows = 0;
    qint64 m_firstStrayLine = 0;
};

void StareReader::beginCurve(qint64 line)
{
    closeCurve();
    m_curves.push_back(ParsedCurve{{}, line, {}, {}});
    m_current = qint64(m_curves.size()) - 1;
}

void StareReader::closeCurve()
{
    closeTable();
    m_current = -1;
}

void StareReader::beginTable(const std::vector<std::string_view> &units)
{
    // Units are right-aligned under their names; Index has none.
    m_declared.clear();
    const std::size_t offset = m_names.size() > units.size() ? m_names.size() - units.size() : 0;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        ColumnSpec spec;
        spec.name = m_names[i];
        if (i >= offset && i - offset < units.size())
            spec.unit = normalizeUnitText(text(units[i - offset]));
        m_declared.push_back(std::move(spec));
    }
    if (units.size() > m_names.size())
        m_diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("unit_count"),
                                           tr("%1 units for %2 column names; the extra units were ignored")
                                               .arg(units.size())
                                               .arg(m_names.size()),
                                           m_fileName, m_reader.lineNumber(), 1});
    dscio::makeNamesUnique(m_declared);
    const char decimal = dscio::sniffDecimalMark(m_text.substr(m_reader.offset()), Delimiter::Whitespace, 20);
    m_builder.emplace(m_fileName, dscio::builderSpecs(m_declared), decimal);
    m_state = State::Rows;
}

void StareReader::closeTable()
{
    if (m_builder) {
        std::vector<Column> columns = dscio::finishColumns(*m_builder, m_declared, m_fileName, m_diagnostics);
        dscio::preferSampleTemperature(columns);
        if (m_current >= 0)
            m_curves[std::size_t(m_current)].columns = std::move(columns);
        m_builder.reset();
    }
    if (m_state != State::Text)
        m_state = State::Text;
}

void StareReader::addKey(const QString &key, const QString &value)
{
    HeaderList &list = target();
    list.append({key, value});
    m_pendingCurve = value.isEmpty() ? m_current : -2;
    m_pendingIndex = list.size() - 1;
    m_pendingIsName = false;
    m_pendingHasValue = false;
}

void StareReader::addValueLine(const QString &value)
{
    HeaderList &list = m_pendingCurve >= 0 ? m_curves[std::size_t(m_pendingCurve)].header : m_fileHeader;
    QString &stored = list[m_pendingIndex].second;
    stored = stored.isEmpty() ? value : stored + u'\n' + value;
    m_pendingHasValue = true;
    if (m_pendingIsName && m_pendingCurve >= 0 && m_curves[std::size_t(m_pendingCurve)].name.isEmpty())
        m_curves[std::size_t(m_pendingCurve)].name = value;
}

void StareReader::textLine(std::string_view line, qint64 lineNumber)
{
    const std::string_view t = trimmed(line);
    if (t.empty()) {
        m_pendingCurve = -2; // a blank line ends a multi-line value
        return;
    }
    if (m_state == State::Names) {
        splitFields(t, Delimiter::Whitespace, m_fields);
        m_names.clear();
        for (std::string_view name : m_fields)
            m_names.push_back(text(name));
        m_state = State::Units;
        return;
    }
    if (m_state == State::Units) {
        if (t.front() == '[') {
            splitFields(t, Delimiter::Whitespace, m_fields);
            beginTable(m_fields);
            return;
        }
        beginTable({}); // no units line: this line is already a row or the table's end
        if (dscio::startsLikeNumber(line)) {
            m_builder->addLine(line, Delimiter::Whitespace, lineNumber);
            return;
        }
        closeTable();
    }
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (m_state == State::Results) {
        if (!startsWithKey(t, "User:") && !startsWithKey(t, "Curve Name:") &&
            !startsWithKey(t, "Curve Values:")) {
            target().append({QStringLiteral("Results"), text(t)});
            return;
        }
        m_state = State::Text;
    }
    const bool continuation = !m_pendingHasValue || !dscio::startsLikeNumber(t);
    if (m_pendingCurve != -2 && indented && continuation) {
        addValueLine(text(t));
        return;
    }
    if (startsWithKey(t, "Curve Name:")) {
        beginCurve(lineNumber);
        const QString name = text(t.substr(11));
        addKey(QStringLiteral("Curve Name"), name);
        m_curves.back().name = name;
        m_pendingIsName = true;
        return;
    }
    if (startsWithKey(t, "Curve Values:")) {
        if (m_current < 0 || !m_curves[std::size_t(m_current)].columns.empty())
            beginCurve(lineNumber); // a table without its own "Curve Name:"
        m_sawTable = true;
        m_pendingCurve = -2;
        m_state = State::Names;
        return;
    }
    if (startsWithKey(t, "Results:")) {
        closeTable();
        m_pendingCurve = -2;
        m_state = State::Results;
        return;
    }
    if (dscio::startsLikeNumber(t) && (m_pendingCurve == -2 || m_pendingHasValue)) {
        if (m_strayRows++ == 0)
            m_firstStrayLine = lineNumber;
        return;
    }
    const std::size_t colon = t.find(':');
    if (colon != std::string_view::npos) {
        const QString key = text(t.substr(0, colon));
        addKey(key, text(t.substr(colon + 1)));
        if (key == QLatin1String("User"))
            closeCurve(); // "User:" closes the curve; a value on the next line still goes to it
        return;
    }
    if (m_pendingCurve != -2 && !m_pendingHasValue) {
        addValueLine(text(t));
        return;
    }
    target().append({QString(), text(t)});
}

Result<ImportOutput> StareReader::read(const QString &formatId)
{
    if (dscio::isBlank(m_text))
        return importError(m_fileName, 1, tr("the file is empty"), QStringLiteral("empty_file"));
    std::string_view line;
    while (true) {
        if (m_state == State::Rows)
            m_builder->addPlainRows(m_reader, Delimiter::Whitespace);
        if (!m_reader.next(line))
            break;
        if (m_state == State::Rows) {
            if (dscio::startsLikeNumber(line)) {
                m_builder->addLine(line, Delimiter::Whitespace, m_reader.lineNumber());
                continue;
            }
            closeTable();
        }
        textLine(line, m_reader.lineNumber());
    }
    closeCurve();

    if (!m_sawTable)
        return importError(m_fileName, m_reader.lineNumber(),
                           tr("no \"Curve Values:\" table found: not a STARe curve export"),
                           QStringLiteral("wrong_format"));
    if (m_strayRows > 0)
        m_diagnostics.push_back(
            Diagnostic{Severity::Warning, QStringLiteral("stray_rows"),
                       tr("rows of numbers outside a \"Curve Values:\" table were skipped"), m_fileName,
                       m_firstStrayLine, m_strayRows});

    ImportOutput output;
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        ParsedCurve &curve = m_curves[i];
        const QString name = curve.name.isEmpty() ? tr("Curve %1").arg(i + 1) : curve.name;
        if (curve.columns.empty() || curve.columns.front().values.empty()) {
            m_diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("empty_curve"),
                                               tr("curve \"%1\" has no data rows; left out").arg(name),
                                               m_fileName, curve.firstLine, 1});
            continue;
        }
        auto dataset = std::make_shared<Dataset>();
        dataset->sourceFile = m_fileName;
        dataset->formatId = formatId;
        dataset->curveName = name;
        dataset->segment = int(i + 1);
        dataset->columns = std::move(curve.columns);
        DatasetMetadata &meta = dataset->metadata;
        meta.header = m_fileHeader + curve.header;
        const QString sample = dscio::headerValue(curve.header, m_fileHeader, QStringLiteral("Sample"));
        if (!sample.isEmpty()) {
            const dscio::SampleText parsed = dscio::splitSampleAndMass(sample.section(u'\n', 0, 0));
            meta.sampleName = parsed.name;
            meta.massMg = parsed.massMg;
        }
        meta.instrument = dscio::headerValue(curve.header, m_fileHeader, QStringLiteral("Instrument"));
        meta.heatFlowSign = HeatFlowSign::EndothermicDown;
        output.datasets.push_back(std::move(dataset));
    }
    output.diagnostics = std::move(m_diagnostics);
    if (output.datasets.empty())
        return dscio::noDataError(m_fileName, output.diagnostics,
                                  m_curves.empty() ? 1 : m_curves.front().firstLine,
                                  tr("no curve with data rows"));
    return output;
}

} // namespace

QString MettlerStareImporter::id() const
{
    return QStringLiteral("mettler-stare");
}

QString MettlerStareImporter::displayName() const
{
    return tr("Mettler Toledo STARe export");
}

QStringList MettlerStareImporter::filePatterns() const
{
    return {QStringLiteral("*.txt")};
}

int MettlerStareImporter::confidence(const FileProbe &probe) const
{
    const bool name = probeContains(probe, "Curve Name:");
    const bool values = probeContains(probe, "Curve Values:");
    if (name && values)
        return 95;
    if (values)
        return 80;
    return name ? 40 : 0;
}

Result<ImportOutput> MettlerStareImporter::read(QIODevice &device, const QString &fileName,
                                                const ImportOptions &options) const
{
    (void)options;
    std::vector<Diagnostic> diagnostics;
    Result<dscio::RawText> raw = dscio::readRawText(device, fileName, diagnostics);
    if (!raw.ok())
        return raw.error();
    StareReader reader(fileName, raw.value(), diagnostics);
    return reader.read(id());
}

} // namespace gb
