// Analytic values and gradients of the 27 NIST StRD nonlinear regression models, written from
// the "Model:" line of each .dat file (b[0] is b1).

#include "NistModels.h"

#include "QuadMath.h"

#include <cmath>
#include <numbers>
#include <type_traits>

namespace gb::test {

namespace {

constexpr double kPi = std::numbers::pi;

/// The same spelling of the elementary functions for double and quad precision, so each NIST
/// model is written once and evaluated in both.
namespace math {
inline double exp(double v)
{
    return std::exp(v);
}
inline double pow(double a, double b)
{
    return std::pow(a, b);
}
inline double sqrt(double v)
{
    return std::sqrt(v);
}
inline double atan(double v)
{
    return std::atan(v);
}
inline double cos(double v)
{
    return std::cos(v);
}
inline double sin(double v)
{
    return std::sin(v);
}
inline QuadReal exp(QuadReal v)
{
    return expq(v);
}
inline QuadReal pow(QuadReal a, QuadReal b)
{
    return powq(a, b);
}
inline QuadReal sqrt(QuadReal v)
{
    return sqrtq(v);
}
inline QuadReal atan(QuadReal v)
{
    return atanq(v);
}
inline QuadReal cos(QuadReal v)
{
    return cosq(v);
}
inline QuadReal sin(QuadReal v)
{
    return sinq(v);
}
template <typename T>
T pi()
{
    if constexpr (std::is_same_v<T, double>)
        return kPi;
    else
        return acosq(QuadReal(-1));
}
} // namespace math

// y = b1*(1-exp[-b2*x])   (Misra1a, BoxBOD)
template <typename T>
T saturation(const T *b, const T *x)
{
    return b[0] * (1.0 - math::exp(-b[1] * x[0]));
}
void saturationGradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(-b[1] * x[0]);
    g[0] = 1.0 - e;
    g[1] = b[0] * x[0] * e;
}

// y = exp[-b1*x]/(b2+b3*x)   (Chwirut1, Chwirut2)
template <typename T>
T chwirut(const T *b, const T *x)
{
    return math::exp(-b[0] * x[0]) / (b[1] + b[2] * x[0]);
}
void chwirutGradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(-b[0] * x[0]);
    const double d = b[1] + b[2] * x[0];
    g[0] = -x[0] * e / d;
    g[1] = -e / (d * d);
    g[2] = -x[0] * e / (d * d);
}

// y = b1*exp(-b2*x) + b3*exp(-b4*x) + b5*exp(-b6*x)   (Lanczos1-3)
template <typename T>
T lanczos(const T *b, const T *x)
{
    return b[0] * math::exp(-b[1] * x[0]) + b[2] * math::exp(-b[3] * x[0]) + b[4] * math::exp(-b[5] * x[0]);
}
void lanczosGradient(const double *b, const double *x, double *g)
{
    for (int k = 0; k < 3; ++k) {
        const double e = std::exp(-b[2 * k + 1] * x[0]);
        g[2 * k] = e;
        g[2 * k + 1] = -b[2 * k] * x[0] * e;
    }
}

// y = b1*exp(-b2*x) + b3*exp(-(x-b4)**2/b5**2) + b6*exp(-(x-b7)**2/b8**2)   (Gauss1-3)
template <typename T>
T gauss(const T *b, const T *x)
{
    const T d1 = x[0] - b[3];
    const T d2 = x[0] - b[6];
    return b[0] * math::exp(-b[1] * x[0]) + b[2] * math::exp(-d1 * d1 / (b[4] * b[4])) +
           b[5] * math::exp(-d2 * d2 / (b[7] * b[7]));
}
void gaussGradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(-b[1] * x[0]);
    g[0] = e;
    g[1] = -b[0] * x[0] * e;
    for (int k = 0; k < 2; ++k) {
        const double amplitude = b[2 + 3 * k];
        const double centre = b[3 + 3 * k];
        const double width = b[4 + 3 * k];
        const double d = x[0] - centre;
        const double peak = std::exp(-d * d / (width * width));
        g[2 + 3 * k] = peak;
        g[3 + 3 * k] = amplitude * peak * 2.0 * d / (width * width);
        g[4 + 3 * k] = amplitude * peak * 2.0 * d * d / (width * width * width);
    }
}

// y = b1*x**b2   (DanWood)
template <typename T>
T danWood(const T *b, const T *x)
{
    return b[0] * math::pow(x[0], b[1]);
}
void danWoodGradient(const double *b, const double *x, double *g)
{
    const double power = std::pow(x[0], b[1]);
    g[0] = power;
    g[1] = b[0] * power * std::log(x[0]);
}

// y = b1 * (1-(1+b2*x/2)**(-2))   (Misra1b)
template <typename T>
T misra1b(const T *b, const T *x)
{
    const T u = 1.0 + b[1] * x[0] / 2.0;
    return b[0] * (1.0 - 1.0 / (u * u));
}
void misra1bGradient(const double *b, const double *x, double *g)
{
    const double u = 1.0 + b[1] * x[0] / 2.0;
    g[0] = 1.0 - 1.0 / (u * u);
    g[1] = b[0] * x[0] / (u * u * u);
}

// y = (b1 + b2*x + b3*x**2) / (1 + b4*x + b5*x**2)   (Kirby2)
template <typename T>
T kirby2(const T *b, const T *x)
{
    const T t = x[0];
    return (b[0] + b[1] * t + b[2] * t * t) / (1.0 + b[3] * t + b[4] * t * t);
}
void kirby2Gradient(const double *b, const double *x, double *g)
{
    const double t = x[0];
    const double numerator = b[0] + b[1] * t + b[2] * t * t;
    const double denominator = 1.0 + b[3] * t + b[4] * t * t;
    g[0] = 1.0 / denominator;
    g[1] = t / denominator;
    g[2] = t * t / denominator;
    g[3] = -numerator * t / (denominator * denominator);
    g[4] = -numerator * t * t / (denominator * denominator);
}

// y = (b1+b2*x+b3*x**2+b4*x**3) / (1+b5*x+b6*x**2+b7*x**3)   (Hahn1, Thurber)
template <typename T>
T cubicRatio(const T *b, const T *x)
{
    const T t = x[0];
    return (b[0] + t * (b[1] + t * (b[2] + t * b[3]))) / (1.0 + t * (b[4] + t * (b[5] + t * b[6])));
}
void cubicRatioGradient(const double *b, const double *x, double *g)
{
    const double t = x[0];
    const double numerator = b[0] + t * (b[1] + t * (b[2] + t * b[3]));
    const double denominator = 1.0 + t * (b[4] + t * (b[5] + t * b[6]));
    double power = 1.0;
    for (int k = 0; k < 4; ++k, power *= t)
        g[k] = power / denominator;
    power = t;
    for (int k = 4; k < 7; ++k, power *= t)
        g[k] = -numerator * power / (denominator * denominator);
}

// log[y] = b1 - b2*x1 * exp[-b3*x2]   (Nelson)
template <typename T>
T nelson(const T *b, const T *x)
{
    return b[0] - b[1] * x[0] * math::exp(-b[2] * x[1]);
}
void nelsonGradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(-b[2] * x[1]);
    g[0] = 1.0;
    g[1] = -x[0] * e;
    g[2] = b[1] * x[0] * x[1] * e;
}

// y = b1 + b2*exp[-x*b4] + b3*exp[-x*b5]   (MGH17)
template <typename T>
T mgh17(const T *b, const T *x)
{
    return b[0] + b[1] * math::exp(-x[0] * b[3]) + b[2] * math::exp(-x[0] * b[4]);
}
void mgh17Gradient(const double *b, const double *x, double *g)
{
    const double e4 = std::exp(-x[0] * b[3]);
    const double e5 = std::exp(-x[0] * b[4]);
    g[0] = 1.0;
    g[1] = e4;
    g[2] = e5;
    g[3] = -b[1] * x[0] * e4;
    g[4] = -b[2] * x[0] * e5;
}

// y = b1 * (1-(1+2*b2*x)**(-.5))   (Misra1c)
template <typename T>
T misra1c(const T *b, const T *x)
{
    return b[0] * (1.0 - 1.0 / math::sqrt(1.0 + 2.0 * b[1] * x[0]));
}
void misra1cGradient(const double *b, const double *x, double *g)
{
    const double u = 1.0 + 2.0 * b[1] * x[0];
    g[0] = 1.0 - 1.0 / std::sqrt(u);
    g[1] = b[0] * x[0] / (u * std::sqrt(u));
}

// y = b1*b2*x*((1+b2*x)**(-1))   (Misra1d)
template <typename T>
T misra1d(const T *b, const T *x)
{
    return b[0] * b[1] * x[0] / (1.0 + b[1] * x[0]);
}
void misra1dGradient(const double *b, const double *x, double *g)
{
    const double u = 1.0 + b[1] * x[0];
    g[0] = b[1] * x[0] / u;
    g[1] = b[0] * x[0] / (u * u);
}

// y = b1 - b2*x - arctan[b3/(x-b4)]/pi   (Roszman1; plain arctan, not atan2: methods.md §5.4 (7))
template <typename T>
T roszman1(const T *b, const T *x)
{
    return b[0] - b[1] * x[0] - math::atan(b[2] / (x[0] - b[3])) / math::pi<T>();
}
void roszman1Gradient(const double *b, const double *x, double *g)
{
    const double d = x[0] - b[3];
    const double q = b[2] / d;
    const double factor = 1.0 / (kPi * (1.0 + q * q));
    g[0] = 1.0;
    g[1] = -x[0];
    g[2] = -factor / d;
    g[3] = -factor * b[2] / (d * d);
}

// y = b1 + b2*cos(2 pi x/12) + b3*sin(2 pi x/12) + b5*cos(2 pi x/b4) + b6*sin(2 pi x/b4)
//        + b8*cos(2 pi x/b7) + b9*sin(2 pi x/b7)   (ENSO)
template <typename T>
T enso(const T *b, const T *x)
{
    const T annual = 2.0 * math::pi<T>() * x[0] / 12.0;
    const T a4 = 2.0 * math::pi<T>() * x[0] / b[3];
    const T a7 = 2.0 * math::pi<T>() * x[0] / b[6];
    return b[0] + b[1] * math::cos(annual) + b[2] * math::sin(annual) + b[4] * math::cos(a4) +
           b[5] * math::sin(a4) + b[7] * math::cos(a7) + b[8] * math::sin(a7);
}
void ensoGradient(const double *b, const double *x, double *g)
{
    const double annual = 2.0 * kPi * x[0] / 12.0;
    g[0] = 1.0;
    g[1] = std::cos(annual);
    g[2] = std::sin(annual);
    for (int k = 0; k < 2; ++k) {
        const int period = 3 + 3 * k;
        const double angle = 2.0 * kPi * x[0] / b[period];
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        g[period + 1] = c;
        g[period + 2] = s;
        // d(angle)/d(period) = −angle/period
        g[period] = (b[period + 1] * s - b[period + 2] * c) * angle / b[period];
    }
}

// y = b1*(x**2+x*b2) / (x**2+x*b3+b4)   (MGH09)
template <typename T>
T mgh09(const T *b, const T *x)
{
    const T t = x[0];
    return b[0] * (t * t + t * b[1]) / (t * t + t * b[2] + b[3]);
}
void mgh09Gradient(const double *b, const double *x, double *g)
{
    const double t = x[0];
    const double numerator = t * t + t * b[1];
    const double denominator = t * t + t * b[2] + b[3];
    g[0] = numerator / denominator;
    g[1] = b[0] * t / denominator;
    g[2] = -b[0] * numerator * t / (denominator * denominator);
    g[3] = -b[0] * numerator / (denominator * denominator);
}

// y = b1 / (1+exp[b2-b3*x])   (Rat42)
template <typename T>
T rat42(const T *b, const T *x)
{
    return b[0] / (1.0 + math::exp(b[1] - b[2] * x[0]));
}
void rat42Gradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(b[1] - b[2] * x[0]);
    const double d = 1.0 + e;
    g[0] = 1.0 / d;
    g[1] = -b[0] * e / (d * d);
    g[2] = b[0] * x[0] * e / (d * d);
}

// y = b1 * exp[b2/(x+b3)]   (MGH10)
template <typename T>
T mgh10(const T *b, const T *x)
{
    return b[0] * math::exp(b[1] / (x[0] + b[2]));
}
void mgh10Gradient(const double *b, const double *x, double *g)
{
    const double d = x[0] + b[2];
    const double e = std::exp(b[1] / d);
    g[0] = e;
    g[1] = b[0] * e / d;
    g[2] = -b[0] * e * b[1] / (d * d);
}

// y = (b1/b2) * exp[-0.5*((x-b3)/b2)**2]   (Eckerle4)
template <typename T>
T eckerle4(const T *b, const T *x)
{
    const T z = (x[0] - b[2]) / b[1];
    return b[0] / b[1] * math::exp(-0.5 * z * z);
}
void eckerle4Gradient(const double *b, const double *x, double *g)
{
    const double z = (x[0] - b[2]) / b[1];
    const double e = std::exp(-0.5 * z * z);
    g[0] = e / b[1];
    g[1] = b[0] * e * (z * z - 1.0) / (b[1] * b[1]);
    g[2] = b[0] * e * z / (b[1] * b[1]);
}

// y = b1 / ((1+exp[b2-b3*x])**(1/b4))   (Rat43)
template <typename T>
T rat43(const T *b, const T *x)
{
    return b[0] / math::pow(1.0 + math::exp(b[1] - b[2] * x[0]), 1.0 / b[3]);
}
void rat43Gradient(const double *b, const double *x, double *g)
{
    const double e = std::exp(b[1] - b[2] * x[0]);
    const double u = 1.0 + e;
    const double power = std::pow(u, -1.0 / b[3]);
    g[0] = power;
    g[1] = -b[0] / b[3] * power / u * e;
    g[2] = b[0] / b[3] * power / u * e * x[0];
    g[3] = b[0] * power * std::log(u) / (b[3] * b[3]);
}

// y = b1 * (b2+x)**(-1/b3)   (Bennett5)
template <typename T>
T bennett5(const T *b, const T *x)
{
    return b[0] * math::pow(b[1] + x[0], -1.0 / b[2]);
}
void bennett5Gradient(const double *b, const double *x, double *g)
{
    const double u = b[1] + x[0];
    const double power = std::pow(u, -1.0 / b[2]);
    g[0] = power;
    g[1] = -b[0] / b[2] * power / u;
    g[2] = b[0] * power * std::log(u) / (b[2] * b[2]);
}

const NistModelDefinition kModels[] = {
    {"Misra1a", 2, 1, saturation<double>, saturation<QuadReal>, saturationGradient, false},
    {"Chwirut2", 3, 1, chwirut<double>, chwirut<QuadReal>, chwirutGradient, false},
    {"Chwirut1", 3, 1, chwirut<double>, chwirut<QuadReal>, chwirutGradient, false},
    {"Lanczos3", 6, 1, lanczos<double>, lanczos<QuadReal>, lanczosGradient, false},
    {"Gauss1", 8, 1, gauss<double>, gauss<QuadReal>, gaussGradient, false},
    {"Gauss2", 8, 1, gauss<double>, gauss<QuadReal>, gaussGradient, false},
    {"DanWood", 2, 1, danWood<double>, danWood<QuadReal>, danWoodGradient, false},
    {"Misra1b", 2, 1, misra1b<double>, misra1b<QuadReal>, misra1bGradient, false},
    {"Kirby2", 5, 1, kirby2<double>, kirby2<QuadReal>, kirby2Gradient, false},
    {"Hahn1", 7, 1, cubicRatio<double>, cubicRatio<QuadReal>, cubicRatioGradient, false},
    {"Nelson", 3, 2, nelson<double>, nelson<QuadReal>, nelsonGradient, true},
    {"MGH17", 5, 1, mgh17<double>, mgh17<QuadReal>, mgh17Gradient, false},
    {"Lanczos1", 6, 1, lanczos<double>, lanczos<QuadReal>, lanczosGradient, false},
    {"Lanczos2", 6, 1, lanczos<double>, lanczos<QuadReal>, lanczosGradient, false},
    {"Gauss3", 8, 1, gauss<double>, gauss<QuadReal>, gaussGradient, false},
    {"Misra1c", 2, 1, misra1c<double>, misra1c<QuadReal>, misra1cGradient, false},
    {"Misra1d", 2, 1, misra1d<double>, misra1d<QuadReal>, misra1dGradient, false},
    {"Roszman1", 4, 1, roszman1<double>, roszman1<QuadReal>, roszman1Gradient, false},
    {"ENSO", 9, 1, enso<double>, enso<QuadReal>, ensoGradient, false},
    {"MGH09", 4, 1, mgh09<double>, mgh09<QuadReal>, mgh09Gradient, false},
    {"Thurber", 7, 1, cubicRatio<double>, cubicRatio<QuadReal>, cubicRatioGradient, false},
    {"BoxBOD", 2, 1, saturation<double>, saturation<QuadReal>, saturationGradient, false},
    {"Rat42", 3, 1, rat42<double>, rat42<QuadReal>, rat42Gradient, false},
    {"MGH10", 3, 1, mgh10<double>, mgh10<QuadReal>, mgh10Gradient, false},
    {"Eckerle4", 3, 1, eckerle4<double>, eckerle4<QuadReal>, eckerle4Gradient, false},
    {"Rat43", 4, 1, rat43<double>, rat43<QuadReal>, rat43Gradient, false},
    {"Bennett5", 3, 1, bennett5<double>, bennett5<QuadReal>, bennett5Gradient, false},
};

} // namespace

const NistModelDefinition *findNistModel(const QString &name)
{
    for (const NistModelDefinition &model : kModels)
        if (name == QLatin1String(model.name))
            return &model;
    return nullptr;
}

QStringList nistModelNames()
{
    QStringList names;
    for (const NistModelDefinition &model : kModels)
        names << QLatin1String(model.name);
    return names;
}

NistFitModel::NistFitModel(const NistModelDefinition &definition, const NistStrdProblem &problem)
    : m_definition(definition)
{
    const std::size_t n = problem.response.size();
    m_rows.resize(n);
    m_quadRows.resize(n);
    m_quadObserved.resize(n);
    m_observed.resize(Eigen::Index(n));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t c = 0; c < problem.predictors.size() && c < 2; ++c) {
            m_rows[i][c] = problem.predictors[c][i];
            m_quadRows[i][c] = strtoflt128(problem.predictorText[c][i].c_str(), nullptr);
        }
        const QuadReal y = strtoflt128(problem.responseText[i].c_str(), nullptr);
        m_quadObserved[i] = definition.logResponse ? logq(y) : y;
        m_observed[Eigen::Index(i)] =
            definition.logResponse ? std::log(problem.response[i]) : problem.response[i];
    }
}

void NistFitModel::values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        values[Eigen::Index(i)] = m_definition.value(p.data(), m_rows[i].data());
}

void NistFitModel::jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const
{
    double gradient[16];
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_definition.gradient(p.data(), m_rows[i].data(), gradient);
        for (int j = 0; j < m_definition.parameters; ++j)
            jacobian(Eigen::Index(i), j) = gradient[j];
    }
}

void NistFitModel::quadResiduals(const std::vector<QuadReal> &p, std::vector<QuadReal> &residuals) const
{
    for (std::size_t i = 0; i < m_quadRows.size(); ++i)
        residuals[i] = m_quadObserved[i] - m_definition.quadValue(p.data(), m_quadRows[i].data());
}

} // namespace gb::test
