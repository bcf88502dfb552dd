#include "panels/indentation/IndentStatisticsView.h"

#include "analysis/indentation/PopInStatistics.h"
#include "models/ResultTableValues.h"
#include "plot/CurvePlot.h"

#include <QLabel>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace gb {

namespace {
const QList<QCPScatterStyle::ScatterShape> kShapes = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                      QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond,
                                                      QCPScatterStyle::ssTriangleInverted};

/// τc values (GPa) of the indents of one (sample, T_a, t_a) that have one (rejected ones do not).
struct Group {
    QString sample;
    double agingTemperatureK = 0;
    double agingTimeS = 0;
    std::vector<double> tauC;
};

std::vector<Group> tauGroups(const ResultTable &indents)
{
    std::map<std::tuple<QString, double, double>, std::vector<double>> map;
    for (qsizetype r = 0; r < indents.rowCount(); ++r) {
        const double tau = resultNumber(indents, r, QStringLiteral("tau_c_GPa"));
        if (!std::isfinite(tau) ||
            resultText(indents, r, QStringLiteral("status")) == QLatin1String("rejected"))
            continue;
        const double ta = resultNumber(indents, r, QStringLiteral("t_a_s"));
        const double temperature = resultNumber(indents, r, QStringLiteral("T_a_K"));
        map[{resultText(indents, r, QStringLiteral("sample")), std::isfinite(temperature) ? temperature : 0.0,
             std::isfinite(ta) ? ta : 0.0}]
            .push_back(tau);
    }
    std::vector<Group> groups;
    for (auto &[key, values] : map)
        groups.push_back(Group{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(values)});
    return groups;
}
} // namespace

IndentStatisticsView::IndentStatisticsView(QWidget *parent)
    : SeriesPlotView({tr("τc/mean histograms per aging time, with Gaussian fits"),
                      tr("Cumulative distributions of τc/mean"), tr("Mean τc against aging time"),
                      tr("Normalised FWHM of τc against aging time")},
                     tr("No pop-ins yet: these plots need indents with a pop-in in the campaign's results."),
                     parent)
{
    redraw();
}

void IndentStatisticsView::setKind(Kind kind)
{
    setPlotIndex(int(kind));
}

IndentStatisticsView::Kind IndentStatisticsView::kind() const
{
    return Kind(plotIndex());
}

void IndentStatisticsView::draw(int index)
{
    switch (Kind(index)) {
    case Kind::Histograms: drawDistributions(false); break;
    case Kind::Cumulative: drawDistributions(true); break;
    case Kind::MeanVsAgingTime: drawSummary(false); break;
    case Kind::FwhmVsAgingTime: drawSummary(true); break;
    }
}

void IndentStatisticsView::drawDistributions(bool cumulative)
{
    plot()->setAxisTitles(tr("τc / mean τc"),
                          cumulative ? tr("Cumulative probability") : tr("Indents per bin"));
    if (cumulative)
        plot()->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    const ResultTable *indents = findResultTable(results(), QStringLiteral("ni_indents.csv"));
    if (!indents)
        return;
    int index = 0;
    for (const Group &g : tauGroups(*indents)) {
        const PopInStatistics s = popInStatistics(g.tauC);
        const QString name = tr("%1, t_a = %2 s").arg(g.sample).arg(g.agingTimeS, 0, 'g', 4);
        if (cumulative) {
            QCPGraph *points =
                plot()->addPoints(s.normalized, s.cumulative, name, kShapes[index++ % kShapes.size()]);
            points->setScatterStyle(QCPScatterStyle(points->scatterStyle().shape(), 4));
            plot()->setSeriesPen(points, QColor());
            continue;
        }
        const Histogram &h = s.histogram;
        if (h.counts.empty())
            continue;
        // The histogram as steps (edges), then the fitted Gaussian N·w·φ(x; μ, σ) in the same colour.
        std::vector<double> x{h.edges.front()}, y{0.0};
        for (std::size_t k = 0; k < h.counts.size(); ++k) {
            x.push_back(h.edges[k]);
            y.push_back(h.counts[k]);
            x.push_back(h.edges[k + 1]);
            y.push_back(h.counts[k]);
        }
        x.push_back(h.edges.back());
        y.push_back(0.0);
        const GaussianFit &fit = s.histogramFit;
        QString label = name;
        if (fit.ok())
            label += tr(": FWHM = %1").arg(fit.fwhm, 0, 'f', 3);
        QCPGraph *bars = plot()->addSeries(x, y, label);
        QColor fill = bars->pen().color();
        fill.setAlpha(40);
        bars->setBrush(fill);
        ++index;
        if (!fit.ok())
            continue;
        std::vector<double> gx, gy;
        const double low = std::min(h.edges.front(), fit.mean - 4 * fit.sigma);
        const double high = std::max(h.edges.back(), fit.mean + 4 * fit.sigma);
        for (int i = 0; i <= 200; ++i) {
            const double v = low + (high - low) * i / 200.0;
            gx.push_back(v);
            gy.push_back(fit.total * h.binWidth / (fit.sigma * std::sqrt(2 * M_PI)) *
                         std::exp(-0.5 * std::pow((v - fit.mean) / fit.sigma, 2)));
        }
        QCPGraph *curve = plot()->addSeries(gx, gy, QString());
        plot()->setSeriesPen(curve, bars->pen().color(), Qt::SolidLine, 1.5);
        CurvePlot::hideFromLegend(curve);
    }
    note()->setText(cumulative
                        ? tr("Median ranks of τc/mean per aging time.")
                        : tr("Freedman–Diaconis bins; lines: least-squares Gaussians (Poisson weights). "
                             "The tables' tau_c_norm_fwhm is the maximum-likelihood FWHM."));
}

void IndentStatisticsView::drawSummary(bool fwhm)
{
    plot()->setAxisTitles(tr("Aging time t_a (s)"), fwhm ? tr("Normalised FWHM of τc") : tr("Mean τc (GPa)"));
    plot()->setLogScale(Qt::Horizontal, true);
    const ResultTable *summary = findResultTable(results(), QStringLiteral("ni_summary.csv"));
    if (!summary)
        return;
    std::map<std::pair<QString, double>, std::vector<std::tuple<double, double, double>>> groups;
    for (qsizetype r = 0; r < summary->rowCount(); ++r) {
        const double ta = resultNumber(*summary, r, QStringLiteral("t_a_s"));
        const double y = resultNumber(
            *summary, r, fwhm ? QStringLiteral("tau_c_norm_fwhm") : QStringLiteral("tau_c_mean_GPa"));
        const double sd = fwhm ? 0.0 : resultNumber(*summary, r, QStringLiteral("tau_c_sd_GPa"));
        double temperature = resultNumber(*summary, r, QStringLiteral("T_a_K"));
        if (!std::isfinite(temperature))
            temperature = 0;
        if (ta > 0 && std::isfinite(y))
            groups[{resultText(*summary, r, QStringLiteral("sample")), temperature}].emplace_back(
                ta, y, std::isfinite(sd) ? sd : 0.0);
    }
    int index = 0;
    for (auto &[key, points] : groups) {
        std::sort(points.begin(), points.end());
        std::vector<double> x, y;
        QVector<double> errors;
        for (const auto &[ta, v, sd] : points) {
            x.push_back(ta);
            y.push_back(v);
            errors << sd;
        }
        QCPGraph *g = plot()->addPoints(x, y, tr("%1, T_a = %2 K").arg(key.first).arg(key.second, 0, 'f', 0),
                                        kShapes[index++ % kShapes.size()]);
        g->setLineStyle(QCPGraph::lsLine);
        if (!fwhm) {
            auto *bars = new QCPErrorBars(plot()->xAxis, plot()->yAxis);
            bars->setDataPlottable(g);
            bars->setData(errors);
            bars->setPen(QPen(g->scatterStyle().pen().color(), 1.0));
            bars->removeFromLegend();
        }
    }
    note()->setText(fwhm ? tr("tau_c_norm_fwhm of ni_summary.csv (maximum-likelihood Gaussian of τc/mean).")
                         : tr("Error bars: standard deviation of τc."));
}

} // namespace gb
