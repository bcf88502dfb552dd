#pragma once

// NIST Statistical Reference Datasets (StRD), nonlinear regression: the ASCII .dat files that
// NIST's Information Technology Laboratory publishes (itl.nist.gov/div898/strd/nls). Layout,
// documented in each file's own header: a description block that names the lines of the
// starting values, certified values and data; "bK = start1 start2 certified sd" lines; the
// residual sum of squares, residual standard deviation, degrees of freedom and number of
// observations; then "Data: y x" (Nelson: "y x1 x2") followed by whitespace-separated rows.

#include "io/Importer.h"

#include <string>
#include <string_view>
#include <vector>

namespace gb {

/// One NIST StRD nonlinear regression problem as certified by NIST.
struct NistStrdProblem {
    QString name;               ///< "MGH09"
    QString difficulty;         ///< "Lower", "Average" or "Higher"
    QString modelText;          ///< the model as the file writes it, e.g. "y = b1*(1-exp[-b2*x])  +  e"
    QString responseName;       ///< "y"
    QStringList predictorNames; ///< {"x"} or {"x1", "x2"}
    std::vector<QString> parameterNames; ///< "b1", "b2", ...
    std::vector<double> start1;
    std::vector<double> start2;
    std::vector<double> certifiedValues;
    std::vector<double> certifiedStandardDeviations;
    double residualSumOfSquares = 0.0;
    double residualStandardDeviation = 0.0;
    int degreesOfFreedom = 0;
    int observationCount = 0;
    std::vector<double> response;                ///< y, one per observation
    std::vector<std::vector<double>> predictors; ///< one vector per predictor, each n long
    /// The same numbers exactly as written in the file, for reference computations in more than
    /// double precision (the certified values were computed from the decimal data).
    std::vector<std::string> responseText;
    std::vector<std::vector<std::string>> predictorText;
    /// Inconsistencies that do not stop the import, each with its line, e.g. Rat43.dat declares
    /// 9 degrees of freedom for 15 observations and 4 parameters.
    std::vector<Diagnostic> notes;
};

/// Reads NIST StRD nonlinear-regression .dat files. Stateless and thread-safe.
class NistStrdImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("nist-strd"); }
    QString displayName() const override;
    QStringList filePatterns() const override { return {QStringLiteral("*.dat")}; }
    int confidence(const FileProbe &probe) const override;
    /// One dataset with the response and predictor columns (Quantity::Other, no unit); the
    /// header holds the model, the certified values and both starting points.
    Result<ImportOutput> read(QIODevice &device, const QString &fileName,
                              const ImportOptions &options) const override;

    /// Parses the text of a .dat file (UTF-8/ASCII). Errors name the line: missing or
    /// malformed parameter block, certified statistics, data header or rows, and any
    /// disagreement between the declared and actual counts or line ranges. Declared degrees of
    /// freedom other than observations − parameters only give a note (NIST's Rat43 has one).
    static Result<NistStrdProblem> parse(std::string_view text, const QString &fileName);
};

} // namespace gb
