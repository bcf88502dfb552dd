#pragma once

#include "fit/NonlinearFit.h"
#include "fit/QuadPrecision.h"
#include "io/reference/NistStrdImporter.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace gb::test {

/// One NIST StRD model as a pair of plain functions: the value at one observation and its
/// gradient with respect to b1..bk (analytic, written from the model line of each .dat file).
struct NistModelDefinition {
    const char *name;
    int parameters;
    int predictors;
    double (*value)(const double *b, const double *x);
    QuadReal (*quadValue)(const QuadReal *b, const QuadReal *x);
    void (*gradient)(const double *b, const double *x, double *g);
    bool logResponse; ///< the model is for ln y (Nelson)
};

/// The definition for a NIST dataset name ("MGH09"), or nullptr.
const NistModelDefinition *findNistModel(const QString &name);
/// Names of every defined model (all 27 single-response nonlinear StRD problems).
QStringList nistModelNames();

/// A NIST problem as a FitModel. Keeps a copy of the predictors, and of the data in quad
/// precision from the file's decimal text so that the engine can refine near-exact fits
/// (Lanczos1) in quad precision.
class NistFitModel final : public FitModel, public QuadPrecisionResiduals {
public:
    NistFitModel(const NistModelDefinition &definition, const NistStrdProblem &problem);

    int parameterCount() const override { return m_definition.parameters; }
    QString parameterName(int j) const override { return QStringLiteral("b%1").arg(j + 1); }
    Eigen::Index observationCount() const override { return Eigen::Index(m_rows.size()); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override;
    void quadResiduals(const std::vector<QuadReal> &p, std::vector<QuadReal> &residuals) const override;

    /// The responses the model is fitted to (y, or ln y for Nelson).
    Eigen::VectorXd observed() const { return m_observed; }

private:
    NistModelDefinition m_definition;
    std::vector<std::array<double, 2>> m_rows; ///< predictors per observation
    std::vector<std::array<QuadReal, 2>> m_quadRows;
    std::vector<QuadReal> m_quadObserved;
    Eigen::VectorXd m_observed;
};

} // namespace gb::test
