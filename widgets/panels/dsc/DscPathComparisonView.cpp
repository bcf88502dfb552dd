#include "panels/dsc/DscPathComparisonView.h"

#include "analysis/dsc/SignalTools.h"
#include "plot/CurvePlot.h"
#include "plot/PlotPalette.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A text row above the axes of `plot`: the label of a plot side by side.
QCPTextElement *addTitle(CurvePlot *plot)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), plotFont(plot->typography().fontPt - 1.0));
    title->setMargins(QMargins(0, 4, 0, 0));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

QString fixed(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString general(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 4) : QStringLiteral("–");
}
} // namespace

/// One peak as drawn: the curve, its colour and legend, and its T_p and half-maximum markers.
struct DscPathComparisonView::Peak {
    std::vector<double> x;
    std::vector<double> y;
    QColor color;
    QString name;
    double peakTemperatureK = kNaN;
    double peakHeightMw = kNaN;
    double halfLeftK = kNaN;
    double halfRightK = kNaN;
};

DscPathComparisonView::DscPathComparisonView(QWidget *parent)
    : QWidget(parent), m_sideBySide(new QRadioButton(tr("Side by side"), this)),
      m_overlaid(new QRadioButton(tr("Overlaid"), this)), m_pages(new QStackedWidget(this)),
      m_isochronal(new CurvePlot(this)), m_isothermal(new CurvePlot(this)), m_overlay(new CurvePlot(this)),
      m_note(new QLabel(this))
{
    m_sideBySide->setObjectName(QStringLiteral("dscPathSideBySide"));
    m_overlaid->setObjectName(QStringLiteral("dscPathOverlaid"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_sideBySide);
    group->addButton(m_overlaid);
    m_sideBySide->setChecked(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Isochronal and isothermal peaks of equal ΔH:"), this));
    top->addWidget(m_sideBySide);
    top->addWidget(m_overlaid);
    top->addStretch(1);

    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(m_isochronal);
    sideBySide->addWidget(m_isothermal);
    sideBySide->setChildrenCollapsible(false);
    m_pages->addWidget(sideBySide);
    m_pages->addWidget(m_overlay);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("dscPathNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_isochronalTitle = addTitle(m_isochronal);
    m_isothermalTitle = addTitle(m_isothermal);
    m_isochronalTitle->setTextColor(seriesColor(0)); // the colours of the curves below
    m_isothermalTitle->setTextColor(seriesColor(1));
    // The room kept for the legend depends on the plot's height.
    m_isochronal->installEventFilter(this);
    m_overlay->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_note);
    connect(m_overlaid, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 1 : 0);
        fitLegendRoom();
    });
    // Side by side means the same axes: zooming or panning one moves the other.
    for (auto [from, to] : {std::pair{m_isochronal, m_isothermal}, std::pair{m_isothermal, m_isochronal}}) {
        for (auto [a, b] : {std::pair{from->xAxis, to->xAxis}, std::pair{from->yAxis, to->yAxis}})
            connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), to,
                    [plot = to, b = b](const QCPRange &r) {
                        if (b->range() != r) {
                            b->setRange(r);
                            plot->replot(QCustomPlot::rpQueuedReplot);
                        }
                    });
    }
    clear(false);
}

bool DscPathComparisonView::isOverlaid() const
{
    return m_overlaid->isChecked();
}

void DscPathComparisonView::setOverlaid(bool overlaid)
{
    (overlaid ? m_overlaid : m_sideBySide)->setChecked(true);
}

QString DscPathComparisonView::noteText() const
{
    return m_note->text();
}

QString DscPathComparisonView::titleText(const CurvePlot *plot) const
{
    return plot == m_isochronal   ? m_isochronalTitle->text()
           : plot == m_isothermal ? m_isothermalTitle->text()
                                  : QString();
}

bool DscPathComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && !m_fitPending) {
        m_fitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_fitPending = false;
            fitLegendRoom();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void DscPathComparisonView::clear(bool simulated)
{
    for (CurvePlot *plot : {m_isochronal, m_isothermal, m_overlay}) {
        plot->clearCurves();
        plot->setSimulated(simulated);
        plot->setAxisTitles(tr("Temperature (K)"), tr("ΔΦ − baseline (mW)"));
    }
    m_isochronalTitle->setText(QString());
    m_isothermalTitle->setText(QString());
    m_note->clear();
}

void DscPathComparisonView::drawPeak(CurvePlot *plot, const Peak &peak) const
{
    QCPGraph *curve = plot->addSeries(peak.x, peak.y, peak.name);
    plot->setSeriesPen(curve, peak.color);
    if (!std::isfinite(peak.peakHeightMw))
        return;
    if (std::isfinite(peak.peakTemperatureK)) {
        QCPGraph *top = plot->addPoints({peak.peakTemperatureK}, {peak.peakHeightMw}, QString(),
                                        QCPScatterStyle::ssDiamond);
        plot->setSeriesPen(top, peak.color);
        CurvePlot::hideFromLegend(top);
    }
    if (std::isfinite(peak.halfLeftK) && std::isfinite(peak.halfRightK)) {
        const double half = peak.peakHeightMw / 2;
        QCPGraph *width = plot->addSeries({peak.halfLeftK, peak.halfRightK}, {half, half}, QString());
        width->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus, 7));
        plot->setSeriesPen(width, peak.color, Qt::SolidLine, 0.8);
        CurvePlot::hideFromLegend(width);
    }
}

void DscPathComparisonView::setCommonRanges(const std::vector<Peak> &peaks)
{
    double xLow = INFINITY, xHigh = -INFINITY, yLow = 0, yHigh = -INFINITY;
    for (const Peak &p : peaks) {
        for (std::size_t i = 0; i < p.x.size() && i < p.y.size(); ++i) {
            xLow = std::min(xLow, p.x[i]);
            xHigh = std::max(xHigh, p.x[i]);
            yLow = std::min(yLow, p.y[i]);
            yHigh = std::max(yHigh, p.y[i]);
        }
        if (std::isfinite(p.peakHeightMw))
            yHigh = std::max(yHigh, p.peakHeightMw);
    }
    m_dataLowMw = m_dataHighMw = kNaN;
    for (CurvePlot *plot : {m_isochronal, m_isothermal, m_overlay}) {
        if (!(xHigh > xLow) || !(yHigh > yLow)) {
            if (plot->isVisible())
                plot->resetView();
            continue;
        }
        // The zero of ΔΦ − b: the level the peaks are integrated from.
        QCPGraph *zero = plot->addSeries({xLow, xHigh}, {0.0, 0.0}, QString());
        plot->setSeriesPen(zero, Qt::gray, Qt::DashLine, 0.6);
        CurvePlot::hideFromLegend(zero);
        const double dx = xHigh - xLow, dy = yHigh - yLow;
        plot->xAxis->setRange(xLow - 0.03 * dx, xHigh + 0.03 * dx);
        m_dataLowMw = yLow - 0.05 * dy;
        m_dataHighMw = yHigh + 0.03 * dy;
        plot->yAxis->setRange(m_dataLowMw, m_dataHighMw + 0.35 * dy);
        // Side by side, each plot is labelled above its axes; the overlay has a legend.
        plot->legend->setVisible(plot == m_overlay && plot->legend->itemCount() > 0);
        for (int i = 0; i < plot->legend->itemCount(); ++i) // room under the last line of two
            plot->legend->item(i)->setMargins(QMargins(0, 0, 0, 4));
    }
    fitLegendRoom();
}

void DscPathComparisonView::fitLegendRoom()
{
    if (!std::isfinite(m_dataHighMw))
        return;
    // The top of the y axis that leaves the legend's height free above the data (the legend goes
    // to a top corner); plots side by side keep one range.
    auto upper = [this](CurvePlot *plot) {
        plot->yAxis->setRange(m_dataLowMw, m_dataHighMw);
        plot->replot(); // lays the legend out
        const double legend = plot->legend->visible() ? plot->legend->outerRect().height() + 14.0 : 0.0;
        const double free = std::clamp(legend / std::max(1.0, double(plot->axisRect()->height())), 0.08, 0.6);
        return m_dataLowMw + (m_dataHighMw - m_dataLowMw) / (1.0 - free);
    };
    const std::vector<std::vector<CurvePlot *>> groups{{m_isochronal, m_isothermal}, {m_overlay}};
    for (const std::vector<CurvePlot *> &group : groups) {
        if (!group.front()->isVisible()) // a hidden plot has no size yet: fitted when shown
            continue;
        double top = m_dataHighMw;
        for (CurvePlot *plot : group)
            top = std::max(top, upper(plot));
        for (CurvePlot *plot : group) {
            plot->yAxis->setRange(m_dataLowMw, top);
            plot->placeLegendAwayFromData();
        }
    }
}

void DscPathComparisonView::showPair(const DscMatchedPair &pair, bool simulated)
{
    m_pair = pair;
    clear(simulated);
    std::vector<Peak> peaks;
    QStringList note;
    note << tr("Pair %1: sample %2, T_a = %3 K, β = %4 K/s.")
                .arg(pair.row + 1)
                .arg(pair.sample, fixed(pair.agingTemperatureK, 1), general(pair.heatingRateKPerS));
    if (pair.isochronal) {
        const DscScanResult &scan = *pair.isochronal;
        const RelaxationPeak &p = scan.peak;
        Peak iso;
        // The integrated peak: the samples between the limits and the limits themselves, so that
        // the drawn area is the ΔH of the table (as for the isothermal curve).
        const std::vector<double> &t = scan.aligned.temperatureK;
        const double atLower = dsc::interpolateLinear(t, p.residualMw, p.lowerLimitK);
        const double atUpper = dsc::interpolateLinear(t, p.residualMw, p.upperLimitK);
        if (std::isfinite(atLower) && std::isfinite(atUpper) && p.lowerLimitK < p.upperLimitK) {
            iso.x.push_back(p.lowerLimitK);
            iso.y.push_back(atLower);
            for (std::size_t i = 0; i < t.size() && i < p.residualMw.size(); ++i)
                if (t[i] > p.lowerLimitK && t[i] < p.upperLimitK) {
                    iso.x.push_back(t[i]);
                    iso.y.push_back(p.residualMw[i]);
                }
            iso.x.push_back(p.upperLimitK);
            iso.y.push_back(atUpper);
        }
        iso.color = seriesColor(0);
        iso.name = tr("Isochronal, φ = %1 K/s (measured)\nΔH = %2 µJ, T_p = %3 K, FWHM = %4 K")
                       .arg(general(pair.coolingRateKPerS), fixed(pair.isochronalEnthalpyUj, 3),
                            fixed(pair.isochronalPeakTemperatureK, 1), fixed(pair.isochronalFwhmK, 1));
        if (scan.ok()) {
            iso.peakTemperatureK = p.peakTemperatureK;
            iso.peakHeightMw = p.peakHeightMw;
            iso.halfLeftK = p.halfLeftK;
            iso.halfRightK = p.halfRightK;
        }
        if (!iso.x.empty()) {
            drawPeak(m_isochronal, iso);
            drawPeak(m_overlay, iso);
            m_isochronalTitle->setText(iso.name);
            peaks.push_back(std::move(iso));
        }
    }
    const EqualEnthalpyPeak &equal = pair.isothermal;
    if (equal.hasCurve()) {
        Peak iso;
        iso.x = equal.temperatureK;
        iso.y = equal.peakMw;
        iso.color = seriesColor(1);
        iso.peakTemperatureK = equal.peakTemperatureK;
        iso.peakHeightMw = equal.peakHeightMw;
        iso.halfLeftK = equal.halfLeftK;
        iso.halfRightK = equal.halfRightK;
        if (equal.kind == EqualEnthalpyPeak::Kind::Interpolated) {
            // The marker sits on the drawn curve at the interpolated T_p (a blend of peaks at
            // different T_p is a little lower than the interpolated height); the half-maximum
            // segment, the interpolated FWHM long, at half of that.
            const double onCurve =
                dsc::interpolateLinear(equal.temperatureK, equal.peakMw, equal.peakTemperatureK);
            if (std::isfinite(onCurve))
                iso.peakHeightMw = onCurve;
            iso.name = tr("Isothermal, t_a,equiv = %1 s (interpolated)\nΔH = %2 µJ, T_p = %3 K, FWHM = %4 K")
                           .arg(general(pair.equivalentAgingTimeS), fixed(pair.isochronalEnthalpyUj, 3),
                                fixed(pair.isothermalPeakTemperatureK, 1), fixed(pair.isothermalFwhmK, 1));
            QStringList parts;
            for (const EqualEnthalpyPeak::Part &part : equal.parts)
                parts << (equal.aligned
                              ? tr("%1 (t_a = %2 s, weight %3, shifted by %4 K)")
                                    .arg(pair.series[part.scan].label,
                                         general(pair.series[part.scan].agingTimeS), fixed(part.weight, 3),
                                         QString::asprintf("%+.1f", part.shiftK))
                              : tr("%1 (t_a = %2 s, weight %3)")
                                    .arg(pair.series[part.scan].label,
                                         general(pair.series[part.scan].agingTimeS), fixed(part.weight, 3)));
            note << (equal.aligned
                         ? tr("Isothermal curve: the measured scans %1, each moved to the interpolated T_p "
                              "and weighted as in the linear interpolation in (log t_a, ΔH) that gives "
                              "t_a,equiv; "
                              "a picture of the interpolation, not a measurement. The interpolated T_p and "
                              "FWHM (dsc_matched.csv) are the numbers of record.")
                         : tr("Isothermal curve: interpolated between the measured scans %1, linearly in "
                              "(log t_a, ΔH) as for t_a,equiv; a picture of the interpolation, not a "
                              "measurement. The interpolated T_p and FWHM (dsc_matched.csv) are the numbers "
                              "of record."))
                        .arg(parts.join(tr(" and ")));
        } else {
            const IsothermalPeakScan &nearest = pair.series[equal.parts.front().scan];
            iso.name =
                tr("Isothermal, t_a = %1 s: nearest measured scan, ΔH not equal\nΔH = %2 µJ, T_p = %3 K, "
                   "FWHM = %4 K")
                    .arg(general(nearest.agingTimeS), fixed(pair.nearestEnthalpyUj, 3),
                         fixed(pair.nearestPeakTemperatureK, 1), fixed(pair.nearestFwhmK, 1));
            note << tr("No isothermal peak of equal ΔH: %1. The isothermal plot shows the measured scan of "
                       "nearest "
                       "ΔH, %2 (t_a = %3 s, ΔH = %4 µJ), with its own T_p and FWHM.")
                        .arg(pair.rowMessage.isEmpty() ? equal.match.message : pair.rowMessage, nearest.label,
                             general(nearest.agingTimeS), fixed(pair.nearestEnthalpyUj, 3));
        }
        drawPeak(m_isothermal, iso);
        drawPeak(m_overlay, iso);
        m_isothermalTitle->setText(iso.name);
        peaks.push_back(std::move(iso));
    }
    if (!pair.message.isEmpty())
        note << pair.message;
    if (!pair.agreesWithTable)
        note << tr("The scans analysed now do not reproduce this row of dsc_matched.csv: the campaign is "
                   "probably being analysed again after a change.");
    setCommonRanges(peaks);
    m_note->setText(note.join(u'\n'));
}

} // namespace gb
