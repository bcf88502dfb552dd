#include "panels/dsc/DscSeriesView.h"

#include "models/ResultTableModel.h"
#include "models/ResultTableValues.h"
#include "panels/dsc/DscMatchedPair.h"
#include "panels/dsc/DscPathComparisonView.h"
#include "plot/CurvePlot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <tuple>

namespace gb {

namespace {
constexpr double kGasConstant = 8.314462618; // J/(mol K)

/// Rows of a table grouped by the text of some columns, in order of first appearance.
struct Group {
    QString label;
    std::vector<qsizetype> rows;
};

std::vector<Group> groupRows(const ResultTable &table, const QStringList &columns,
                             const std::function<bool(qsizetype)> &keep,
                             const std::function<QString(qsizetype)> &label)
{
    std::vector<Group> groups;
    std::map<QString, std::size_t> index;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        if (!keep(r))
            continue;
        QStringList key;
        for (const QString &c : columns)
            key << resultText(table, r, c);
        const QString k = key.join(u'\x1f');
        auto it = index.find(k);
        if (it == index.end()) {
            it = index.emplace(k, groups.size()).first;
            groups.push_back(Group{label(r), {}});
        }
        groups[it->second].rows.push_back(r);
    }
    return groups;
}

QString number(double value, int decimals = -1)
{
    return decimals < 0 ? QString::number(value, 'g', 4) : QString::number(value, 'f', decimals);
}

const QList<QCPScatterStyle::ScatterShape> kShapes = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                      QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond,
                                                      QCPScatterStyle::ssTriangleInverted};
} // namespace

DscSeriesView::DscSeriesView(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_plot(new CurvePlot(this)),
      m_comparison(new DscPathComparisonView(this)), m_plots(new QStackedWidget(this)),
      m_note(new QLabel(this)), m_matched(new QTableView(this)), m_matchedModel(new ResultTableModel(this))
{
    m_kind->addItem(tr("ΔH against cooling rate φ (isochronal)"));
    m_kind->addItem(tr("ΔH against aging time t_a (isothermal)"));
    m_kind->addItem(tr("FWHM against ΔH, both paths"));
    m_kind->addItem(tr("Kissinger plots"));
    m_kind->addItem(tr("Activation energy against ΔH"));
    m_kind->addItem(tr("Isothermal vs isochronal at matched ΔH"));
    m_kind->addItem(tr("Path comparison: the peaks of a matched pair"));
    m_kind->setObjectName(QStringLiteral("dscSeriesKind"));
    m_note->setWordWrap(true);
    m_matched->setModel(m_matchedModel);
    m_matched->setAlternatingRowColors(true);
    m_matched->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plot:"), this));
    top->addWidget(m_kind, 1);
    m_plots->addWidget(m_plot);
    m_plots->addWidget(m_comparison);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_plots);
    splitter->addWidget(m_matched);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 110}); // most of the height for the plots
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    m_matched->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matched->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DscSeriesView::redraw);
    // A click on a pair shows its path comparison; there, moving in the list (mouse or arrow
    // keys) shows the pair under the cursor.
    connect(m_matched, &QTableView::clicked, this, [this] {
        if (kind() != Kind::MatchedPeaks)
            setKind(Kind::MatchedPeaks);
    });
    connect(m_matched->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (kind() == Kind::MatchedPeaks && !m_restoringSelection)
            redraw();
    });
    redraw();
}

void DscSeriesView::setResults(const AnalysisTables &results, bool simulated)
{
    m_results = results;
    m_simulated = simulated;
    // The list of matched pairs, keeping the pair a person picked.
    const int row = m_matched->selectionModel()->hasSelection() ? m_matched->currentIndex().row() : -1;
    const ResultTable *matched = findResultTable(m_results, QStringLiteral("dsc_matched.csv"));
    m_restoringSelection = true;
    m_matchedModel->setTable(matched ? std::optional<ResultTable>(*matched) : std::nullopt);
    m_matched->resizeColumnsToContents();
    if (row >= 0 && row < m_matchedModel->rowCount())
        m_matched->selectRow(row);
    m_restoringSelection = false;
    redraw();
}

void DscSeriesView::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

DscSeriesView::Kind DscSeriesView::kind() const
{
    return Kind(m_kind->currentIndex());
}

CurvePlot *DscSeriesView::plot() const
{
    return kind() == Kind::MatchedPeaks ? m_comparison->plot() : m_plot;
}

int DscSeriesView::selectedMatchedRow() const
{
    return m_matched->selectionModel()->hasSelection() ? m_matched->currentIndex().row() : -1;
}

void DscSeriesView::redraw()
{
    const bool comparison = kind() == Kind::MatchedPeaks;
    m_plots->setCurrentWidget(comparison ? static_cast<QWidget *>(m_comparison) : m_plot);
    m_matched->setVisible(kind() == Kind::PathComparison || comparison);
    m_note->clear();
    m_note->setVisible(!comparison);
    if (comparison) {
        if (selectedMatchedRow() < 0 && m_matchedModel->rowCount() > 0) {
            m_restoringSelection = true; // the first pair until a person picks one
            m_matched->selectRow(0);
            m_restoringSelection = false;
        }
        m_comparison->showPair(m_document ? dscMatchedPair(*m_document, m_results, selectedMatchedRow())
                                          : DscMatchedPair{},
                               m_simulated);
        return;
    }
    m_plot->clearPlottables(); // error bars too
    m_plot->clearCurves();
    m_plot->setSimulated(m_simulated);
    m_plot->setLogScale(Qt::Horizontal, false);
    m_plot->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    switch (kind()) {
    case Kind::EnthalpyVsCoolingRate:
        drawEnthalpyAgainst(QStringLiteral("isochronal"), QStringLiteral("phi_K_per_s"));
        break;
    case Kind::EnthalpyVsAgingTime:
        drawEnthalpyAgainst(QStringLiteral("isothermal"), QStringLiteral("t_a_s"));
        break;
    case Kind::FwhmVsEnthalpy: drawFwhmVsEnthalpy(); break;
    case Kind::Kissinger: drawKissinger(); break;
    case Kind::EnergyVsEnthalpy: drawEnergyVsEnthalpy(); break;
    case Kind::PathComparison: drawPathComparison(); break;
    case Kind::MatchedPeaks: break;
    }
    if (m_plot->graphCount() == 0 && m_note->text().isEmpty())
        m_note->setText(tr("No points yet: this plot needs more scans in the campaign's DSC results."));
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 0 && m_plot->legend->itemCount() <= 12);
    m_plot->resetView();
    m_plot->placeLegendAwayFromData();
}

void DscSeriesView::drawEnthalpyAgainst(const QString &path, const QString &xColumn)
{
    const ResultTable *peaks = findResultTable(m_results, QStringLiteral("dsc_peaks.csv"));
    const bool aging = xColumn == QLatin1String("t_a_s");
    m_plot->setAxisTitles(aging ? tr("Aging time t_a (s)") : tr("Cooling rate φ (K/s)"), tr("ΔH (µJ)"));
    m_plot->setLogScale(Qt::Horizontal, true);
    m_plot->setLegendCorner(aging ? (Qt::AlignTop | Qt::AlignLeft) : (Qt::AlignTop | Qt::AlignRight));
    if (!peaks)
        return;
    const auto groups = groupRows(
        *peaks, {QStringLiteral("sample"), QStringLiteral("T_a_K"), QStringLiteral("heating_rate_K_per_s")},
        [&](qsizetype r) {
            return resultText(*peaks, r, QStringLiteral("path")) == path &&
                   std::isfinite(resultNumber(*peaks, r, QStringLiteral("dH_uJ"))) &&
                   resultNumber(*peaks, r, xColumn) > 0;
        },
        [&](qsizetype r) {
            return tr("%1, T_a = %2 K, β = %3 K/s")
                .arg(resultText(*peaks, r, QStringLiteral("sample")),
                     number(resultNumber(*peaks, r, QStringLiteral("T_a_K")), 0),
                     number(resultNumber(*peaks, r, QStringLiteral("heating_rate_K_per_s"))));
        });
    int shape = 0;
    for (const Group &g : groups) {
        std::vector<std::pair<double, double>> points;
        for (qsizetype r : g.rows)
            points.emplace_back(resultNumber(*peaks, r, xColumn),
                                resultNumber(*peaks, r, QStringLiteral("dH_uJ")));
        std::sort(points.begin(), points.end());
        std::vector<double> x, y;
        for (const auto &[px, py] : points) {
            x.push_back(px);
            y.push_back(py);
        }
        QCPGraph *graph = m_plot->addPoints(x, y, g.label, kShapes[shape++ % kShapes.size()]);
        graph->setLineStyle(QCPGraph::lsLine);
    }
}

void DscSeriesView::drawFwhmVsEnthalpy()
{
    const ResultTable *peaks = findResultTable(m_results, QStringLiteral("dsc_peaks.csv"));
    m_plot->setAxisTitles(tr("ΔH (µJ)"), tr("FWHM (K)"));
    if (!peaks)
        return;
    const auto groups = groupRows(
        *peaks, {QStringLiteral("sample"), QStringLiteral("path")},
        [&](qsizetype r) {
            return std::isfinite(resultNumber(*peaks, r, QStringLiteral("FWHM_K"))) &&
                   std::isfinite(resultNumber(*peaks, r, QStringLiteral("dH_uJ")));
        },
        [&](qsizetype r) {
            const QString path = resultText(*peaks, r, QStringLiteral("path"));
            return tr("%1, %2").arg(resultText(*peaks, r, QStringLiteral("sample")),
                                    path == QLatin1String("isothermal") ? tr("isothermal")
                                                                        : tr("isochronal"));
        });
    for (const Group &g : groups) {
        std::vector<double> x, y;
        for (qsizetype r : g.rows) {
            x.push_back(resultNumber(*peaks, r, QStringLiteral("dH_uJ")));
            y.push_back(resultNumber(*peaks, r, QStringLiteral("FWHM_K")));
        }
        const bool isothermal =
            resultText(*peaks, g.rows.front(), QStringLiteral("path")) == QLatin1String("isothermal");
        m_plot->addPoints(x, y, g.label, isothermal ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssSquare);
    }
}

void DscSeriesView::drawKissinger()
{
    const ResultTable *peaks = findResultTable(m_results, QStringLiteral("dsc_peaks.csv"));
    const ResultTable *fits = findResultTable(m_results, QStringLiteral("dsc_kissinger.csv"));
    m_plot->setAxisTitles(tr("1000/T_p (1/K)"), tr("ln[(β/T_p²)/(K⁻¹ s⁻¹)]"));
    if (!peaks || !fits)
        return;
    const QStringList history{QStringLiteral("sample"), QStringLiteral("path"), QStringLiteral("T_a_K"),
                              QStringLiteral("t_a_s"), QStringLiteral("phi_K_per_s")};
    for (qsizetype k = 0; k < fits->rowCount(); ++k) {
        const double energy = resultNumber(*fits, k, QStringLiteral("E_kJ_per_mol"));
        std::vector<double> x, y;
        for (qsizetype r = 0; r < peaks->rowCount(); ++r) {
            bool same = resultText(*peaks, r, QStringLiteral("status")) == QLatin1String("ok");
            for (const QString &c : history)
                same = same && resultText(*peaks, r, c) == resultText(*fits, k, c);
            if (!same)
                continue;
            double tp = resultNumber(*peaks, r, QStringLiteral("Tp_corrected_K"));
            if (!std::isfinite(tp))
                tp = resultNumber(*peaks, r, QStringLiteral("Tp_K"));
            const double rate = resultNumber(*peaks, r, QStringLiteral("heating_rate_K_per_s"));
            if (tp > 0 && rate > 0) {
                x.push_back(1000.0 / tp);
                y.push_back(std::log(rate / (tp * tp)));
            }
        }
        if (x.empty())
            continue;
        const QString path = resultText(*fits, k, QStringLiteral("path"));
        const QString history =
            path == QLatin1String("isochronal")
                ? tr("φ = %1 K/s").arg(number(resultNumber(*fits, k, QStringLiteral("phi_K_per_s"))))
                : tr("t_a = %1 s").arg(number(resultNumber(*fits, k, QStringLiteral("t_a_s"))));
        QString label = tr("%1, %2").arg(resultText(*fits, k, QStringLiteral("sample")), history);
        if (std::isfinite(energy))
            label += tr(": E = %1 ± %2 kJ/mol")
                         .arg(number(energy, 0),
                              number(resultNumber(*fits, k, QStringLiteral("E_err_kJ_per_mol")), 0));
        QCPGraph *points = m_plot->addPoints(x, y, label, kShapes[k % kShapes.size()]);
        if (!std::isfinite(energy))
            continue;
        // The fitted line: slope −E/R in these units, through the centroid (least squares).
        double mx = 0, my = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            mx += x[i] / double(x.size());
            my += y[i] / double(x.size());
        }
        const double slope = -energy / kGasConstant;
        const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
        const double pad = 0.05 * (*hi - *lo);
        const std::vector<double> lx{*lo - pad, *hi + pad};
        const std::vector<double> ly{my + slope * (lx[0] - mx), my + slope * (lx[1] - mx)};
        QCPGraph *line = m_plot->addSeries(lx, ly, QString());
        m_plot->setSeriesPen(line, points->scatterStyle().pen().color());
        CurvePlot::hideFromLegend(line);
    }
    m_note->setText(tr("Lines: the Kissinger fits of dsc_kissinger.csv (slope −E/R)."));
}

void DscSeriesView::drawEnergyVsEnthalpy()
{
    const ResultTable *fits = findResultTable(m_results, QStringLiteral("dsc_kissinger.csv"));
    m_plot->setAxisTitles(tr("Mean ΔH of the group (µJ)"), tr("Activation energy E (kJ/mol)"));
    if (!fits)
        return;
    const auto groups = groupRows(
        *fits, {QStringLiteral("sample"), QStringLiteral("path")},
        [&](qsizetype r) {
            return std::isfinite(resultNumber(*fits, r, QStringLiteral("E_kJ_per_mol"))) &&
                   std::isfinite(resultNumber(*fits, r, QStringLiteral("mean_dH_uJ")));
        },
        [&](qsizetype r) {
            const QString path = resultText(*fits, r, QStringLiteral("path"));
            return tr("%1, %2").arg(resultText(*fits, r, QStringLiteral("sample")),
                                    path == QLatin1String("isothermal") ? tr("isothermal")
                                                                        : tr("isochronal"));
        });
    for (const Group &g : groups) {
        std::vector<double> x, y;
        QVector<double> errors;
        for (qsizetype r : g.rows) {
            x.push_back(resultNumber(*fits, r, QStringLiteral("mean_dH_uJ")));
            y.push_back(resultNumber(*fits, r, QStringLiteral("E_kJ_per_mol")));
        }
        std::vector<std::size_t> order(x.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
        std::vector<double> xs, ys;
        for (std::size_t i : order) {
            xs.push_back(x[i]);
            ys.push_back(y[i]);
            const double e = resultNumber(*fits, g.rows[i], QStringLiteral("E_err_kJ_per_mol"));
            errors << (std::isfinite(e) ? e : 0.0);
        }
        QCPGraph *graph = m_plot->addPoints(xs, ys, g.label);
        auto *bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        bars->setDataPlottable(graph);
        bars->setData(errors);
        bars->setPen(QPen(graph->scatterStyle().pen().color(), 1.0));
        bars->removeFromLegend();
    }
    m_note->setText(tr("Error bars: standard error of E."));
}

void DscSeriesView::setMatchedRow(int row)
{
    if (m_matched->model()->rowCount() > row && row >= 0) {
        m_restoringSelection = true;
        m_matched->selectRow(row);
        m_restoringSelection = false;
    }
    redraw();
}

void DscSeriesView::drawPathComparison()
{
    const ResultTable *matched = findResultTable(m_results, QStringLiteral("dsc_matched.csv"));
    m_plot->setAxisTitles(tr("ΔH (µJ)"), tr("FWHM (K)"));
    if (!matched)
        return;
    std::vector<std::tuple<double, double, double>> rows;
    for (qsizetype r = 0; r < matched->rowCount(); ++r) {
        const double dh = resultNumber(*matched, r, QStringLiteral("dH_uJ"));
        rows.emplace_back(dh, resultNumber(*matched, r, QStringLiteral("FWHM_isochronal_K")),
                          resultNumber(*matched, r, QStringLiteral("FWHM_isothermal_K")));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<double> x, chronal, thermal, xt;
    for (const auto &[dh, c, t] : rows) {
        if (!std::isfinite(dh) || !std::isfinite(c))
            continue;
        x.push_back(dh);
        chronal.push_back(c);
        if (std::isfinite(t)) {
            xt.push_back(dh);
            thermal.push_back(t);
        }
    }
    m_plot->addPoints(x, chronal, tr("Isochronal (measured)"), QCPScatterStyle::ssSquare);
    m_plot->addPoints(xt, thermal, tr("Isothermal at the same ΔH (interpolated)"), QCPScatterStyle::ssCircle);
    m_note->setText(
        tr("Each isochronal scan against the isothermal series of its sample, T_a and heating rate "
           "at the same ΔH; the pairs are listed below (dsc_matched.csv): click one to compare its peaks."));
}

} // namespace gb
