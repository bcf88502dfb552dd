#include "panels/relaxation/RelaxationAgingView.h"

#include "models/ResultTableValues.h"
#include "plot/CurvePlot.h"

#include <QLabel>

#include <algorithm>
#include <cmath>
#include <map>

namespace gb {

namespace {
constexpr double kGasConstant = 8.314462618; // J/(mol K)

const QList<QCPScatterStyle::ScatterShape> kShapes = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                      QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond,
                                                      QCPScatterStyle::ssTriangleInverted};

/// Rows of sr_kww.csv with finite β and τ, by (sample, key column), sorted by the x column.
struct Series {
    QString sample;
    double key = 0;
    std::vector<double> x;
    std::vector<double> beta;
    std::vector<double> tau;
};

std::vector<Series> kwwSeries(const ResultTable &kww, const QString &keyColumn, const QString &xColumn)
{
    std::map<std::pair<QString, double>, std::vector<std::tuple<double, double, double>>> groups;
    for (qsizetype r = 0; r < kww.rowCount(); ++r) {
        const double x = resultNumber(kww, r, xColumn);
        const double beta = resultNumber(kww, r, QStringLiteral("beta"));
        const double tau = resultNumber(kww, r, QStringLiteral("tau_s"));
        double key = resultNumber(kww, r, keyColumn);
        if (!std::isfinite(key))
            key = 0;
        if (std::isfinite(x) && x > 0 && std::isfinite(beta) && tau > 0)
            groups[{resultText(kww, r, QStringLiteral("sample")), key}].emplace_back(x, beta, tau);
    }
    std::vector<Series> all;
    for (auto &[id, points] : groups) {
        std::sort(points.begin(), points.end());
        Series s{id.first, id.second, {}, {}, {}};
        for (const auto &[x, b, t] : points) {
            s.x.push_back(x);
            s.beta.push_back(b);
            s.tau.push_back(t);
        }
        all.push_back(std::move(s));
    }
    return all;
}

/// The row of `table` for (sample, key), or −1.
qsizetype findRow(const ResultTable &table, const QString &sample, const QString &keyColumn, double key)
{
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        if (resultText(table, r, QStringLiteral("sample")) == sample &&
            std::abs(resultNumber(table, r, keyColumn) - key) <= 1e-9 * std::max(1.0, std::abs(key)))
            return r;
    return -1;
}

std::vector<double> logSpaced(double low, double high, int n)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(low * std::pow(high / low, double(i) / (n - 1)));
    return v;
}
} // namespace

RelaxationAgingView::RelaxationAgingView(QWidget *parent)
    : SeriesPlotView(
          {tr("β_KWW against aging time"), tr("τ_KWW against aging time, with the aging laws"),
           tr("Arrhenius plot of τ_KWW"), tr("Activation energy against aging time")},
          tr("No points yet: this plot needs more curves in the campaign's stress-relaxation results."),
          parent)
{
    redraw();
}

void RelaxationAgingView::setKind(Kind kind)
{
    setPlotIndex(int(kind));
}

RelaxationAgingView::Kind RelaxationAgingView::kind() const
{
    return Kind(plotIndex());
}

void RelaxationAgingView::draw(int index)
{
    switch (Kind(index)) {
    case Kind::BetaVsAgingTime: drawBeta(); break;
    case Kind::TauVsAgingTime: drawTau(); break;
    case Kind::Arrhenius: drawArrhenius(); break;
    case Kind::EnergyVsAgingTime: drawEnergy(); break;
    }
}

void RelaxationAgingView::drawBeta()
{
    plot()->setAxisTitles(tr("Aging time t_a (s)"), tr("β_KWW"));
    plot()->setLogScale(Qt::Horizontal, true);
    plot()->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    const ResultTable *kww = findResultTable(results(), QStringLiteral("sr_kww.csv"));
    const ResultTable *aging = findResultTable(results(), QStringLiteral("sr_aging.csv"));
    if (!kww)
        return;
    int shape = 0;
    for (const Series &s : kwwSeries(*kww, QStringLiteral("T_a_K"), QStringLiteral("t_a_s"))) {
        QCPGraph *g = plot()->addPoints(s.x, s.beta, tr("%1, T_a = %2 K").arg(s.sample).arg(s.key, 0, 'f', 0),
                                        kShapes[shape++ % kShapes.size()]);
        g->setLineStyle(QCPGraph::lsLine);
        const qsizetype row = aging ? findRow(*aging, s.sample, QStringLiteral("T_a_K"), s.key) : -1;
        const double peak = row >= 0 ? resultNumber(*aging, row, QStringLiteral("beta_peak_t_a_s")) : NAN;
        if (std::isfinite(peak))
            plot()->addVerticalLine(peak, QPen(g->scatterStyle().pen().color(), 1.0, Qt::DotLine));
    }
    note()->setText(tr("Dotted lines: the aging time at which β_KWW peaks (sr_aging.csv)."));
}

void RelaxationAgingView::drawTau()
{
    plot()->setAxisTitles(tr("Aging time t_a (s)"), tr("τ_KWW (s)"));
    plot()->setLogScale(Qt::Horizontal, true);
    plot()->setLogScale(Qt::Vertical, true);
    plot()->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    const ResultTable *kww = findResultTable(results(), QStringLiteral("sr_kww.csv"));
    const ResultTable *aging = findResultTable(results(), QStringLiteral("sr_aging.csv"));
    if (!kww)
        return;
    int shape = 0;
    for (const Series &s : kwwSeries(*kww, QStringLiteral("T_a_K"), QStringLiteral("t_a_s"))) {
        QCPGraph *g = plot()->addPoints(s.x, s.tau, tr("%1, T_a = %2 K").arg(s.sample).arg(s.key, 0, 'f', 0),
                                        kShapes[shape++ % kShapes.size()]);
        const QColor color = g->scatterStyle().pen().color();
        const qsizetype row = aging ? findRow(*aging, s.sample, QStringLiteral("T_a_K"), s.key) : -1;
        if (row < 0)
            continue;
        const std::vector<double> grid = logSpaced(s.x.front(), s.x.back(), 60);
        const double mu = resultNumber(*aging, row, QStringLiteral("mu"));
        const double a = resultNumber(*aging, row, QStringLiteral("A_s"));
        if (std::isfinite(mu) && a > 0) {
            std::vector<double> y;
            for (double t : grid)
                y.push_back(a * std::pow(t, mu));
            QCPGraph *single = plot()->addSeries(grid, y, tr("τ = A·t_a^μ, μ = %1").arg(mu, 0, 'f', 3));
            plot()->setSeriesPen(single, color, Qt::DashLine, 0.8);
        }
        const double tb = resultNumber(*aging, row, QStringLiteral("t_break_s"));
        const double mu1 = resultNumber(*aging, row, QStringLiteral("mu1"));
        const double mu2 = resultNumber(*aging, row, QStringLiteral("mu2"));
        if (!(tb > 0) || !std::isfinite(mu1) || !std::isfinite(mu2))
            continue;
        // Continuous in log–log at t_break; its level is the least-squares one through the points.
        auto exponent = [&](double t) { return t < tb ? mu1 : mu2; };
        double logLevel = 0;
        for (std::size_t i = 0; i < s.x.size(); ++i)
            logLevel += (std::log(s.tau[i]) - exponent(s.x[i]) * std::log(s.x[i] / tb)) / double(s.x.size());
        std::vector<double> y;
        for (double t : grid)
            y.push_back(std::exp(logLevel + exponent(t) * std::log(t / tb)));
        QCPGraph *broken = plot()->addSeries(grid, y,
                                             tr("two-stage: μ₁ = %1, μ₂ = %2, t_break = %3 s")
                                                 .arg(mu1, 0, 'f', 3)
                                                 .arg(mu2, 0, 'f', 3)
                                                 .arg(tb, 0, 'g', 3));
        plot()->setSeriesPen(broken, color, Qt::SolidLine, 1.0);
        plot()->addVerticalLine(tb, QPen(color, 1.0, Qt::DotLine));
        if (resultText(*aging, row, QStringLiteral("break_supported")) == QLatin1String("no"))
            note()->setText(
                tr("The break is not supported by the data (BIC); the single power law suffices."));
    }
    if (note()->text().isEmpty())
        note()->setText(
            tr("Dashed: single power law; solid: two-stage law; dotted: its turning point t_break."));
}

void RelaxationAgingView::drawArrhenius()
{
    plot()->setAxisTitles(tr("1000/T (1/K)"), tr("ln(τ_KWW/s)"));
    const ResultTable *kww = findResultTable(results(), QStringLiteral("sr_kww.csv"));
    const ResultTable *arrhenius = findResultTable(results(), QStringLiteral("sr_arrhenius.csv"));
    if (!kww)
        return;
    // Points per (sample, t_a): x = 1000/T_test, y = ln τ.
    std::map<std::pair<QString, double>, std::vector<std::pair<double, double>>> groups;
    for (qsizetype r = 0; r < kww->rowCount(); ++r) {
        double temperature = resultNumber(*kww, r, QStringLiteral("T_test_K"));
        if (!std::isfinite(temperature))
            temperature = resultNumber(*kww, r, QStringLiteral("T_a_K"));
        const double tau = resultNumber(*kww, r, QStringLiteral("tau_s"));
        const double ta = resultNumber(*kww, r, QStringLiteral("t_a_s"));
        if (temperature > 0 && tau > 0 && std::isfinite(ta))
            groups[{resultText(*kww, r, QStringLiteral("sample")), ta}].emplace_back(1000.0 / temperature,
                                                                                     std::log(tau));
    }
    int shape = 0;
    for (auto &[id, points] : groups) {
        const qsizetype row =
            arrhenius ? findRow(*arrhenius, id.first, QStringLiteral("t_a_s"), id.second) : -1;
        if (row < 0)
            continue; // one temperature only: no Arrhenius line to draw
        std::sort(points.begin(), points.end());
        std::vector<double> x, y;
        for (const auto &[px, py] : points) {
            x.push_back(px);
            y.push_back(py);
        }
        const double ea = resultNumber(*arrhenius, row, QStringLiteral("Ea_kJ_per_mol"));
        QString label = tr("%1, t_a = %2 s").arg(id.first).arg(id.second, 0, 'g', 4);
        if (std::isfinite(ea))
            label += tr(": Ea = %1 ± %2 kJ/mol")
                         .arg(ea, 0, 'f', 0)
                         .arg(resultNumber(*arrhenius, row, QStringLiteral("Ea_err_kJ_per_mol")), 0, 'f', 0);
        QCPGraph *g = plot()->addPoints(x, y, label, kShapes[shape++ % kShapes.size()]);
        if (!std::isfinite(ea))
            continue;
        double mx = 0, my = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            mx += x[i] / double(x.size());
            my += y[i] / double(x.size());
        }
        const double slope = ea / kGasConstant; // ln τ = c + Ea/(R T)
        const double pad = 0.05 * (x.back() - x.front());
        const std::vector<double> lx{x.front() - pad, x.back() + pad};
        QCPGraph *line =
            plot()->addSeries(lx, {my + slope * (lx[0] - mx), my + slope * (lx[1] - mx)}, QString());
        plot()->setSeriesPen(line, g->scatterStyle().pen().color());
        CurvePlot::hideFromLegend(line);
    }
    plot()->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    note()->setText(tr("Lines: τ_KWW = τ_E·exp(Ea/RT) fitted per aging time (sr_arrhenius.csv)."));
}

void RelaxationAgingView::drawEnergy()
{
    plot()->setAxisTitles(tr("Aging time t_a (s)"), tr("Ea (kJ/mol)"));
    plot()->setLogScale(Qt::Horizontal, true);
    const ResultTable *arrhenius = findResultTable(results(), QStringLiteral("sr_arrhenius.csv"));
    if (!arrhenius)
        return;
    std::map<QString, std::vector<std::tuple<double, double, double>>> groups;
    for (qsizetype r = 0; r < arrhenius->rowCount(); ++r) {
        const double ta = resultNumber(*arrhenius, r, QStringLiteral("t_a_s"));
        const double ea = resultNumber(*arrhenius, r, QStringLiteral("Ea_kJ_per_mol"));
        const double err = resultNumber(*arrhenius, r, QStringLiteral("Ea_err_kJ_per_mol"));
        if (ta > 0 && std::isfinite(ea))
            groups[resultText(*arrhenius, r, QStringLiteral("sample"))].emplace_back(
                ta, ea, std::isfinite(err) ? err : 0.0);
    }
    int shape = 0;
    for (auto &[sample, points] : groups) {
        std::sort(points.begin(), points.end());
        std::vector<double> x, y;
        QVector<double> errors;
        for (const auto &[ta, ea, err] : points) {
            x.push_back(ta);
            y.push_back(ea);
            errors << err;
        }
        QCPGraph *g = plot()->addPoints(x, y, sample, kShapes[shape++ % kShapes.size()]);
        g->setLineStyle(QCPGraph::lsLine);
        auto *bars = new QCPErrorBars(plot()->xAxis, plot()->yAxis);
        bars->setDataPlottable(g);
        bars->setData(errors);
        bars->setPen(QPen(g->scatterStyle().pen().color(), 1.0));
        bars->removeFromLegend();
    }
    note()->setText(tr("Error bars: standard error of Ea."));
}

} // namespace gb
