// NIST StRD nonlinear regression .dat files (see NistStrdImporter.h for the layout).

#include "io/reference/NistStrdImporter.h"

#include "io/ImportSupport.h"
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"

#include <cmath>
#include <optional>

namespace gb {

namespace {

constexpr std::string_view kSignature = "NIST/ITL StRD";

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

/// Text after "Key:" on a line that starts with it (after blanks), or nullopt.
std::optional<std::string_view> valueAfter(std::string_view line, std::string_view key)
{
    const std::string_view text = trimmed(line);
    if (!startsWith(text, key))
        return std::nullopt;
    return trimmed(text.substr(key.size()));
}

/// "(lines 61 to 71)" → {61, 71}.
std::optional<std::pair<qint64, qint64>> lineRange(std::string_view line)
{
    std::vector<std::string_view> fields;
    splitFields(line, Delimiter::Whitespace, fields);
    for (std::size_t i = 0; i + 3 < fields.size(); ++i) {
        if (fields[i] != "(lines" || fields[i + 2] != "to")
            continue;
        std::string_view last = fields[i + 3];
        if (!last.empty() && last.back() == ')')
            last.remove_suffix(1);
        const ParsedNumber a = parseNumber(fields[i + 1]);
        const ParsedNumber b = parseNumber(last);
        // Line numbers beyond 1e15 (or infinite) are nonsense, and converting them would be undefined.
        if (a.ok() && b.ok() && std::abs(a.value) < 1e15 && std::abs(b.value) < 1e15)
            return std::make_pair(qint64(a.value), qint64(b.value));
    }
    return std::nullopt;
}

bool isNameToken(std::string_view token)
{
    return !token.empty() && ((token[0] >= 'a' && token[0] <= 'z') || (token[0] >= 'A' && token[0] <= 'Z'));
}

} // namespace

QString NistStrdImporter::displayName() const
{
    return importerText("NIST StRD nonlinear regression reference data");
}

int NistStrdImporter::confidence(const FileProbe &probe) const
{
    const std::string_view text = probe.textView();
    if (!startsWith(trimmed(text.substr(0, text.find_first_of("\r\n"))), kSignature))
        return 0;
    return text.find("Procedure:     Nonlinear Least Squares") != std::string_view::npos ? 100 : 60;
}

Result<NistStrdProblem> NistStrdImporter::parse(std::string_view text, const QString &fileName)
{
    NistStrdProblem problem;
    LineReader reader(text);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::optional<std::pair<qint64, qint64>> startRange;
    std::optional<std::pair<qint64, qint64>> dataRange;
    qint64 firstParameterLine = 0;
    qint64 lastParameterLine = 0;
    qint64 firstDataLine = 0;
    qint64 lastDataLine = 0;
    int declaredParameters = 0;
    qint64 dofLine = 0;
    bool inModel = false;
    bool inData = false;
    bool haveSsr = false;
    bool haveSd = false;
    bool haveDof = false;
    bool haveCount = false;
    QStringList modelLines;

    const auto number = [](std::string_view token) -> std::optional<double> {
        const ParsedNumber parsed = parseNumber(token);
        return parsed.ok() ? std::optional<double>(parsed.value) : std::nullopt;
    };
    const auto fail = [&](const char *message) {
        return importError(fileName, reader.lineNumber(), importerText(message),
                           QStringLiteral("bad_nist_file"));
    };

    if (!reader.next(line) || !startsWith(trimmed(line), kSignature))
        return fail("not a NIST StRD file: the first line does not start with \"NIST/ITL StRD\"");

    while (reader.next(line)) {
        const std::string_view text = trimmed(line);
        if (inData) {
            if (text.empty())
                continue;
            splitFields(text, Delimiter::Whitespace, fields);
            if (fields.size() != std::size_t(1 + problem.predictorNames.size()))
                return fail("a data row has the wrong number of values");
            for (std::size_t c = 0; c < fields.size(); ++c) {
                const std::optional<double> value = number(fields[c]);
                if (!value)
                    return fail("a data value is not a number");
                if (c == 0) {
                    problem.response.push_back(*value);
                    problem.responseText.emplace_back(fields[c]);
                } else {
                    problem.predictors[c - 1].push_back(*value);
                    problem.predictorText[c - 1].emplace_back(fields[c]);
                }
            }
            if (firstDataLine == 0)
                firstDataLine = reader.lineNumber();
            lastDataLine = reader.lineNumber();
            continue;
        }
        if (auto value = valueAfter(text, "Dataset Name:")) {
            splitFields(*value, Delimiter::Whitespace, fields);
            if (!fields.empty())
                problem.name = toQString(fields[0]);
            continue;
        }
        if (startsWith(text, "Starting Values") || startsWith(text, "Starting values")) {
            if (!startRange)
                startRange = lineRange(text);
            inModel = false;
            continue;
        }
        if (startsWith(text, "Data") && !startsWith(text, "Data:") && !dataRange) {
            dataRange = lineRange(text);
            continue;
        }
        if (startsWith(text, "Higher Level") || startsWith(text, "Average Level") ||
            startsWith(text, "Lower Level")) {
            problem.difficulty = toQString(text.substr(0, text.find(' ')));
            continue;
        }
        if (auto value = valueAfter(text, "Model:")) {
            inModel = true;
            continue;
        }
        if (inModel) {
            if (text.empty())
                continue;
            splitFields(text, Delimiter::Whitespace, fields);
            if (fields.size() >= 2 && fields[1] == "Parameters") {
                const std::optional<double> count = number(fields[0]);
                declaredParameters = count ? int(*count) : 0;
            } else {
                modelLines << toQString(text);
            }
            continue;
        }
        splitFields(text, Delimiter::Whitespace, fields);
        if (fields.size() == 6 && fields[1] == "=" && fields[0].size() >= 2 && fields[0][0] == 'b') {
            double values[4];
            for (int k = 0; k < 4; ++k) {
                const std::optional<double> value = number(fields[std::size_t(2 + k)]);
                if (!value)
                    return fail("a starting or certified value is not a number");
                values[k] = *value;
            }
            problem.parameterNames.push_back(toQString(fields[0]));
            problem.start1.push_back(values[0]);
            problem.start2.push_back(values[1]);
            problem.certifiedValues.push_back(values[2]);
            problem.certifiedStandardDeviations.push_back(values[3]);
            if (firstParameterLine == 0)
                firstParameterLine = reader.lineNumber();
            lastParameterLine = reader.lineNumber();
            continue;
        }
        const auto statistic = [&](std::string_view key, double &target, bool &seen) {
            if (auto value = valueAfter(text, key)) {
                if (const std::optional<double> parsed = number(*value)) {
                    target = *parsed;
                    seen = true;
                }
                return true;
            }
            return false;
        };
        double scratch = 0.0;
        if (statistic("Residual Sum of Squares:", problem.residualSumOfSquares, haveSsr) ||
            statistic("Residual Standard Deviation:", problem.residualStandardDeviation, haveSd))
            continue;
        if (statistic("Degrees of Freedom:", scratch, haveDof)) {
            problem.degreesOfFreedom = int(scratch);
            dofLine = reader.lineNumber();
            continue;
        }
        if (statistic("Number of Observations:", scratch, haveCount)) {
            problem.observationCount = int(scratch);
            continue;
        }
        if (startsWith(text, "Data:") && fields.size() >= 3 && isNameToken(fields[1]) &&
            isNameToken(fields[2])) {
            problem.responseName = toQString(fields[1]);
            for (std::size_t c = 2; c < fields.size(); ++c) {
                if (!isNameToken(fields[c]))
                    return fail("the data header names a column that is not a name");
                problem.predictorNames << toQString(fields[c]);
            }
            problem.predictors.resize(std::size_t(problem.predictorNames.size()));
            problem.predictorText.resize(std::size_t(problem.predictorNames.size()));
            inData = true;
        }
    }

    if (problem.parameterNames.empty())
        return fail("no \"b1 = start1 start2 certified sd\" lines were found");
    if (declaredParameters != 0 && declaredParameters != int(problem.parameterNames.size()))
        return fail("the number of parameter lines differs from the number of parameters the model declares");
    if (startRange && (startRange->first != firstParameterLine || startRange->second != lastParameterLine))
        return fail("the parameter lines are not where the file header says they are");
    if (!haveSsr || !haveSd || !haveDof || !haveCount)
        return fail(
            "the certified residual sum of squares, standard deviation, degrees of freedom or number of "
            "observations is missing");
    if (!inData)
        return fail("no \"Data: y x\" header was found");
    if (int(problem.response.size()) != problem.observationCount)
        return fail("the number of data rows differs from the declared number of observations");
    if (dataRange && (dataRange->first != firstDataLine || dataRange->second != lastDataLine))
        return fail("the data rows are not where the file header says they are");
    const int degreesOfFreedom = problem.observationCount - int(problem.parameterNames.size());
    if (problem.degreesOfFreedom != degreesOfFreedom)
        problem.notes.push_back(
            Diagnostic{Severity::Warning, QStringLiteral("nist_dof"),
                       importerText("the file declares %1 degrees of freedom, but %2 observations "
                                    "and %3 parameters leave %4")
                           .arg(problem.degreesOfFreedom)
                           .arg(problem.observationCount)
                           .arg(problem.parameterNames.size())
                           .arg(degreesOfFreedom),
                       fileName, dofLine, 1});
    problem.modelText = modelLines.join(QLatin1Char(' ')).simplified();
    return problem;
}

Result<ImportOutput> NistStrdImporter::read(QIODevice &device, const QString &fileName,
                                            const ImportOptions &options) const
{
    (void)options;
    ImportOutput output;
    Result<DecodedText> decoded = readText(device, fileName, output.diagnostics);
    if (!decoded)
        return decoded.error();
    const QByteArray &utf8 = decoded->utf8;
    Result<NistStrdProblem> parsed =
        parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), fileName);
    if (!parsed)
        return parsed.error();
    const NistStrdProblem &problem = *parsed;

    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = fileName;
    dataset->formatId = id();
    dataset->curveName = problem.name;
    Column response;
    response.name = problem.responseName;
    response.values = problem.response;
    dataset->columns.push_back(response);
    for (qsizetype c = 0; c < problem.predictorNames.size(); ++c) {
        Column predictor;
        predictor.name = problem.predictorNames[c];
        predictor.values = problem.predictors[std::size_t(c)];
        dataset->columns.push_back(predictor);
    }
    DatasetMetadata &meta = dataset->metadata;
    meta.sampleName = problem.name;
    meta.instrument = QStringLiteral("NIST StRD");
    const auto add = [&](const QString &key, const QString &value) { meta.header.append({key, value}); };
    const auto exact = [](double value) { return QString::number(value, 'g', 17); };
    add(QStringLiteral("Dataset Name"), problem.name);
    add(QStringLiteral("Level of Difficulty"), problem.difficulty);
    add(QStringLiteral("Model"), problem.modelText);
    for (std::size_t k = 0; k < problem.parameterNames.size(); ++k) {
        const QString &b = problem.parameterNames[k];
        add(b + QStringLiteral(" start 1"), exact(problem.start1[k]));
        add(b + QStringLiteral(" start 2"), exact(problem.start2[k]));
        add(b + QStringLiteral(" certified"), exact(problem.certifiedValues[k]));
        add(b + QStringLiteral(" standard deviation"), exact(problem.certifiedStandardDeviations[k]));
    }
    add(QStringLiteral("Residual Sum of Squares"), exact(problem.residualSumOfSquares));
    add(QStringLiteral("Residual Standard Deviation"), exact(problem.residualStandardDeviation));
    add(QStringLiteral("Degrees of Freedom"), QString::number(problem.degreesOfFreedom));
    add(QStringLiteral("Number of Observations"), QString::number(problem.observationCount));
    output.datasets.push_back(std::move(dataset));
    output.diagnostics.insert(output.diagnostics.end(), problem.notes.begin(), problem.notes.end());
    return output;
}

} // namespace gb
