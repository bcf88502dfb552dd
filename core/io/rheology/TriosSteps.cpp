#include "io/rheology/TriosSteps.h"

#include "io/generic/DecimalMarkEvidence.h"
#include "io/generic/GapCounter.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/NumericTableBuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TriosSteps", text);
}

struct RoleNames {
    Quantity quantity;
    std::array<const char *, 2> names; ///< in order of preference; nullptr = none
};

constexpr std::array<RoleNames, 8> kRoles = {{
    {Quantity::Time, {"Step time", "Time"}},
    {Quantity::Temperature, {"Temperature", nullptr}},
    {Quantity::Stress, {"Stress", nullptr}},
    {Quantity::Strain, {"Strain", nullptr}},
    {Quantity::Modulus, {"Modulus", "Relaxation modulus"}},
    {Quantity::SpecificHeatFlow, {"Heat Flow (Normalized)", nullptr}},
    {Quantity::HeatFlow, {"Heat Flow", nullptr}},
    {Quantity::Frequency, {"Frequency", "Angular frequency"}},
}};

Result<char> decimalMark(const TriosFile &file, const QString &fileName, const ImportOptions &options)
{
    if (options.contains(QStringLiteral("decimal"))) {
        const QString mark = options.value(QStringLiteral("decimal")).trimmed();
        if (mark != QLatin1String(".") && mark != QLatin1String(","))
            return makeError(
                QStringLiteral("bad_option"),
                tr("option decimal = \"%1\" is not understood; expected \".\" or \",\"").arg(mark), fileName);
        return char(mark.front().toLatin1());
    }
    DecimalMarkEvidence evidence;
    std::vector<std::string_view> fields;
    for (const TriosStep &step : file.steps)
        for (const auto &[line, text] : step.rows) {
            splitFields(text, Delimiter::Tab, fields);
            for (std::string_view field : fields)
                evidence.add(field, line);
        }
    if (evidence.ambiguous())
        return makeError(QStringLiteral("ambiguous_decimal"),
                         evidence.conflictDescription() +
                             tr("; say which is the decimal mark with the option decimal = \".\" or \",\""),
                         fileName, std::max(evidence.firstCommaLine(), evidence.firstPointLine()));
    return evidence.decide();
}

/// Folds findings repeated from step to step (a text column, gap cells) into one with a count.
void appendMerged(std::vector<Diagnostic> &found, std::vector<Diagnostic> &diagnostics)
{
    std::vector<Diagnostic> merged;
    for (Diagnostic &d : found) {
        auto same = std::find_if(merged.begin(), merged.end(), [&d](const Diagnostic &m) {
            return m.code == d.code && m.message == d.message && m.severity == d.severity;
        });
        if (same == merged.end())
            merged.push_back(std::move(d));
        else
            same->count += d.count;
    }
    for (Diagnostic &d : merged)
        diagnostics.push_back(std::move(d));
}

/// Reads one step's rows. Returns nullptr (with a warning in `found`) when nothing can be read.
DatasetPtr buildStep(const TriosFile &file, const TriosStep &step, int stepNumber, char mark,
                     const QString &fileName, const QString &formatId, QStringList &unconverted,
                     std::vector<Diagnostic> &found)
{
    const QString title = step.title.isEmpty() ? tr("Step %1").arg(stepNumber) : step.title;
    if (step.names.isEmpty() || step.rows.empty()) {
        found.push_back({Severity::Warning, QStringLiteral("empty_step"),
                         step.names.isEmpty() ? tr("step \"%1\" has no column names; %2 rows not read")
                                                    .arg(title)
                                                    .arg(qsizetype(step.rows.size()))
                                              : tr("step \"%1\" has no data rows").arg(title),
                         fileName, step.line, 1});
        return nullptr;
    }
    const std::vector<Quantity> roles = triosColumnRoles(step.names);
    std::vector<ColumnSpec> specs;
    for (qsizetype c = 0; c < step.names.size(); ++c) {
        const QString unit = normalizeUnitText(step.units.value(c));
        const QString name = step.names[c].isEmpty() ? tr("Column %1").arg(c + 1) : step.names[c];
        specs.push_back({name, unit, roles[std::size_t(c)]});
        if (conversionForUnit(unit))
            continue;
        const QString described = QStringLiteral("%1 (%2)").arg(name, unit);
        if (roles[std::size_t(c)] != Quantity::Other)
            found.push_back({Severity::Warning, QStringLiteral("unknown_unit"),
                             tr("column \"%1\": unknown unit \"%2\"; values kept as written").arg(name, unit),
                             fileName, step.namesLine, 1});
        else if (!unconverted.contains(described))
            unconverted.append(described);
    }

    NumericTableBuilder builder(fileName, specs, mark);
    GapCounter gaps(specs.size());
    std::vector<std::string_view> fields;
    for (const auto &[line, text] : step.rows) {
        splitFields(text, Delimiter::Tab, fields);
        gaps.addRow(fields, line, mark);
        builder.addRow(fields, line);
    }
    const qsizetype rows = builder.rowCount();
    std::vector<Diagnostic> tableFindings;
    std::vector<Column> columns = builder.finish(tableFindings);
    for (Diagnostic &d : tableFindings)
        if (d.code != QLatin1String("unknown_unit")) // reported above, once per file
            found.push_back(std::move(d));
    if (const GapCounter::Total total = gaps.total(specs, columns); total.count > 0)
        found.push_back({Severity::Info, QStringLiteral("gap_cells"),
                         tr("empty or missing-value cells kept as gaps"), fileName, total.firstLine,
                         total.count});
    if (step.declaredPoints && *step.declaredPoints != rows)
        found.push_back({Severity::Warning, QStringLiteral("row_count_mismatch"),
                         tr("step \"%1\" declares %2 points, %3 rows were read")
                             .arg(title)
                             .arg(*step.declaredPoints)
                             .arg(rows),
                         fileName, step.declaredPointsLine, 1});
    if (rows == 0) {
        found.push_back({Severity::Warning, QStringLiteral("empty_step"),
                         tr("step \"%1\": no row could be read").arg(title), fileName, step.line, 1});
        return nullptr;
    }
    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = fileName;
    dataset->formatId = formatId;
    dataset->curveName = title;
    dataset->segment = stepNumber;
    dataset->columns = std::move(columns);
    dataset->metadata = file.metadata;
    dataset->metadata.header.append(step.header);
    return dataset;
}
} // namespace

std::vector<Quantity> triosColumnRoles(const QStringList &names)
{
    std::vector<Quantity> roles(std::size_t(names.size()), Quantity::Other);
    auto indexOf = [&names](const char *wanted) {
        for (qsizetype i = 0; i < names.size(); ++i)
            if (names[i].compare(QString::fromUtf8(wanted), Qt::CaseInsensitive) == 0)
                return i;
        return qsizetype(-1);
    };
    for (const RoleNames &role : kRoles)
        for (const char *wanted : role.names) {
            const qsizetype found = wanted ? indexOf(wanted) : -1;
            if (found >= 0 && roles[std::size_t(found)] == Quantity::Other) {
                roles[std::size_t(found)] = role.quantity;
                break;
            }
        }
    return roles;
}

Result<std::vector<DatasetPtr>> buildTriosDatasets(const TriosFile &file, const QString &fileName,
                                                   const QString &formatId, const ImportOptions &options,
                                                   std::vector<Diagnostic> &diagnostics)
{
    const Result<char> mark = decimalMark(file, fileName, options);
    if (!mark.ok())
        return mark.error();
    std::vector<Diagnostic> found;
    std::vector<DatasetPtr> datasets;
    QStringList unconverted;
    int stepNumber = 0;
    for (const TriosStep &step : file.steps)
        if (DatasetPtr dataset =
                buildStep(file, step, ++stepNumber, *mark, fileName, formatId, unconverted, found))
            datasets.push_back(std::move(dataset));
    if (file.endsInsideLine && !file.steps.empty() && !file.steps.back().rows.empty()) {
        const auto &[line, text] = file.steps.back().rows.back();
        const bool cutAfterTab = !text.empty() && text.back() == '\t';
        found.push_back({cutAfterTab ? Severity::Warning : Severity::Info, QStringLiteral("unterminated_row"),
                         cutAfterTab
                             ? tr("the file ends inside this row, after a tab: the row is probably cut off; "
                                  "its missing cells are gaps")
                             : tr("the last line has no line end; if the file was cut off, its last row "
                                  "may be incomplete"),
                         fileName, line, 1});
    }
    if (!unconverted.isEmpty())
        found.push_back({Severity::Info, QStringLiteral("units_kept"),
                         tr("columns in units Glassbench does not convert keep their values as written: %1")
                             .arg(unconverted.join(QStringLiteral(", "))),
                         fileName, 0, 1});
    appendMerged(found, diagnostics);
    if (datasets.empty())
        return makeError(QStringLiteral("no_data"), tr("no step with data found"), fileName,
                         file.steps.empty() ? 0 : file.steps.front().line);
    return datasets;
}

void addTriosHeaderLine(std::string_view line, const QString &section, DatasetMetadata &metadata)
{
    const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (text.startsWith(u'\t') && !metadata.header.isEmpty()) {
        metadata.header.append({metadata.header.back().first, text.trimmed()});
        return;
    }
    const qsizetype tab = text.indexOf(u'\t');
    const QString key = (tab < 0 ? text : text.left(tab)).trimmed();
    const QString value = tab < 0 ? QString() : text.mid(tab + 1).trimmed();
    metadata.header.append({section.isEmpty() ? key : section + u'/' + key, value});
}

QStringList triosCells(std::string_view line)
{
    std::vector<std::string_view> fields;
    splitFields(line, Delimiter::Tab, fields);
    QStringList cells;
    for (std::string_view field : fields)
        cells.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
    while (!cells.isEmpty() && cells.back().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace gb
