#include "panels/dsc/DscScanView.h"

#include "common/ValueWithUncertainty.h"
#include "plot/CurvePlot.h"
#include "plot/PlotPalette.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace gb {

namespace {
const QColor kLimitColor(213, 94, 0);   // vermillion: integration limits and the peak
const QColor kWindowColor(0, 114, 178); // blue: baseline windows
const QColor kAreaColor(213, 94, 0, 60);

/// The part of (x, y) with low ≤ x ≤ high.
void clip(const std::vector<double> &x, const std::vector<double> &y, double low, double high,
          std::vector<double> &xOut, std::vector<double> &yOut)
{
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (x[i] >= low && x[i] <= high) {
            xOut.push_back(x[i]);
            yOut.push_back(y[i]);
        }
}
} // namespace

DscScanView::DscScanView(QWidget *parent)
    : QWidget(parent), m_traces(new CurvePlot(this)), m_difference(new CurvePlot(this)),
      m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setProperty("gbData", true); // numbers, file names and the analysis's own messages
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("dscSummary"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_traces);
    splitter->addWidget(m_difference);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    m_traces->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    m_difference->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    // Both plots share the temperature axis.
    connect(m_difference->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) {
                if (m_traces->xAxis->range() != range) {
                    m_traces->xAxis->setRange(range);
                    m_traces->replot(QCustomPlot::rpQueuedReplot);
                }
            });
    connect(m_difference, &CurvePlot::verticalLineMoved, this, &DscScanView::lineMoved);
    connect(m_difference, &CurvePlot::verticalLineReleased, this, &DscScanView::lineReleased);
}

void DscScanView::show(const DscCurrentScan &scan, const QString &label, bool simulated)
{
    m_traces->clearCurves();
    m_difference->clearCurves();
    m_difference->clearVerticalItems();
    for (QCPAbstractItem *item : m_labels)
        m_difference->removeItem(item);
    m_labels.clear();
    m_traces->setSimulated(simulated);
    m_difference->setSimulated(simulated);
    m_traces->setAxisTitles(tr("Temperature (K)"), tr("Heat flow, endo up (mW)"));
    m_difference->setAxisTitles(tr("Temperature (K)"), tr("Relaxed − reference (mW)"));

    if (!scan.result) {
        m_summary->setText(scan.datasetId.isEmpty() ? tr("No relaxed DSC scan in this campaign.")
                                                    : tr("%1: %2").arg(label, scan.message));
        m_traces->resetView();
        m_difference->resetView();
        return;
    }
    const DscScanResult &result = *scan.result;
    const AlignedScans &a = result.aligned;
    // Short legend names: file and curve names filled half the small trace plot and hid the
    // reference trace. The summary below names the reference; the window names the scan.
    m_traces->addSeries(a.temperatureK, a.relaxedMw, tr("Relaxed"));
    m_traces->addSeries(a.temperatureK, a.referenceMw, tr("Reference"));
    drawDifference(result);
    drawMarkers(result);

    const RelaxationPeak &p = result.peak;
    QString text;
    if (std::isfinite(p.enthalpyUj)) {
        // A small peak's ΔH (0.014 µJ after a 0.1 s anneal) needs more than three decimals.
        text = tr("ΔH = %1 µJ").arg(valueWithUncertainty(p.enthalpyUj, p.enthalpyErrorUj));
        if (std::isfinite(p.specificEnthalpyJPerG))
            text += tr(" (%1 J/g)").arg(p.specificEnthalpyJPerG, 0, 'g', 3);
    }
    if (std::isfinite(p.peakTemperatureK))
        text += tr("   T_p = %1 K").arg(p.peakTemperatureK, 0, 'f', 2);
    if (std::isfinite(p.fwhmK))
        text += tr("   FWHM = %1 K").arg(p.fwhmK, 0, 'f', 2);
    if (std::isfinite(p.lowerLimitK) && std::isfinite(p.upperLimitK))
        text += tr("   limits %1–%2 K").arg(p.lowerLimitK, 0, 'f', 1).arg(p.upperLimitK, 0, 'f', 1);
    if (!result.ok())
        text += tr("   status: %1 — %2").arg(result.status, result.message);
    text += u'\n' + tr("Reference: %1").arg(scan.referenceId);
    text += u'\n' + tr("Drag the dashed lines (integration limits) or the window edges; Ctrl+Z undoes.");
    m_summary->setText(text.trimmed());

    m_traces->resetView();
    m_difference->resetView();
    m_difference->addHeadroom(0.12); // room for the T_p label
    m_traces->xAxis->setRange(m_difference->xAxis->range());
    m_traces->placeLegendAwayFromData();     // and redraws
    m_difference->placeLegendAwayFromData(); // nor over the T_p and FWHM labels
}

QString DscScanView::summaryText() const
{
    return m_summary->text();
}

void DscScanView::drawDifference(const DscScanResult &result)
{
    const AlignedScans &a = result.aligned;
    m_difference->addSeries(a.temperatureK, a.differenceMw, tr("Difference"));
    const DscBaseline &b = result.baseline;
    if (b.valuesMw.size() != a.temperatureK.size())
        return;
    QCPGraph *baseline = m_difference->addSeries(a.temperatureK, b.valuesMw, tr("Baseline"));
    m_difference->setSeriesPen(baseline, Qt::black, Qt::DashLine, 0.8);

    const RelaxationPeak &p = result.peak;
    if (!std::isfinite(p.lowerLimitK) || !std::isfinite(p.upperLimitK) || p.lowerLimitK >= p.upperLimitK)
        return;
    // The integrated area: the difference filled down to the baseline between the limits.
    std::vector<double> xs, ys, xb, yb;
    clip(a.temperatureK, a.differenceMw, p.lowerLimitK, p.upperLimitK, xs, ys);
    clip(a.temperatureK, b.valuesMw, p.lowerLimitK, p.upperLimitK, xb, yb);
    QCPGraph *under = m_difference->addSeries(xb, yb, QString());
    m_difference->setSeriesPen(under, Qt::transparent, Qt::NoPen);
    CurvePlot::hideFromLegend(under);
    QCPGraph *area = m_difference->addSeries(xs, ys, tr("ΔH (integrated)"));
    m_difference->setSeriesPen(area, kLimitColor, Qt::NoPen);
    area->setBrush(kAreaColor);
    area->setChannelFillGraph(under);
}

void DscScanView::drawMarkers(const DscScanResult &result)
{
    const DscBaseline &b = result.baseline;
    const RelaxationPeak &p = result.peak;
    const QPen windowPen(kWindowColor, 1.0, Qt::SolidLine);
    QColor band = kWindowColor;
    band.setAlpha(28);
    if (b.glassWindow.isValid()) {
        m_difference->addVerticalBand(b.glassWindow.lowK, b.glassWindow.highK, band, glassLowId());
        m_difference->addVerticalLine(b.glassWindow.lowK, windowPen, glassLowId(), true);
        m_difference->addVerticalLine(b.glassWindow.highK, windowPen, glassHighId(), true);
    }
    if (b.liquidWindow.isValid()) {
        m_difference->addVerticalBand(b.liquidWindow.lowK, b.liquidWindow.highK, band, liquidLowId());
        m_difference->addVerticalLine(b.liquidWindow.lowK, windowPen, liquidLowId(), true);
        m_difference->addVerticalLine(b.liquidWindow.highK, windowPen, liquidHighId(), true);
    }
    const QPen limitPen(kLimitColor, 1.4, Qt::DashLine);
    if (std::isfinite(p.lowerLimitK))
        m_difference->addVerticalLine(p.lowerLimitK, limitPen, lowerLimitId(), true);
    if (std::isfinite(p.upperLimitK))
        m_difference->addVerticalLine(p.upperLimitK, limitPen, upperLimitId(), true);

    if (!std::isfinite(p.peakTemperatureK) || !std::isfinite(p.peakHeightMw))
        return;
    // T_p: a marker on the top of the peak; half maximum: the width at half height.
    const double top = b.valueAt(p.peakTemperatureK) + p.peakHeightMw;
    QCPGraph *peak =
        m_difference->addPoints({p.peakTemperatureK}, {top}, tr("T_p"), QCPScatterStyle::ssDiamond);
    m_difference->setSeriesPen(peak, Qt::black);
    CurvePlot::hideFromLegend(peak);
    auto *tpLabel = new QCPItemText(m_difference);
    tpLabel->position->setCoords(p.peakTemperatureK, top);
    tpLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    tpLabel->setPadding(QMargins(6, 0, 0, 4));
    tpLabel->setText(tr("T_p = %1 K").arg(p.peakTemperatureK, 0, 'f', 1));
    tpLabel->setFont(plotFont(m_difference->typography().fontPt - 1.0));
    m_labels << tpLabel;
    if (std::isfinite(p.halfLeftK) && std::isfinite(p.halfRightK)) {
        const std::vector<double> hx{p.halfLeftK, p.halfRightK};
        const std::vector<double> hy{b.valueAt(p.halfLeftK) + p.peakHeightMw / 2,
                                     b.valueAt(p.halfRightK) + p.peakHeightMw / 2};
        QCPGraph *half = m_difference->addSeries(hx, hy, tr("FWHM"));
        m_difference->setSeriesPen(half, Qt::black, Qt::SolidLine, 0.8);
        half->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus, 7));
        CurvePlot::hideFromLegend(half);
        auto *fwhmLabel = new QCPItemText(m_difference);
        fwhmLabel->position->setCoords(p.halfRightK, hy[1]);
        fwhmLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        fwhmLabel->setPadding(QMargins(6, 0, 0, 0));
        fwhmLabel->setText(tr("FWHM = %1 K").arg(p.fwhmK, 0, 'f', 1));
        fwhmLabel->setFont(plotFont(m_difference->typography().fontPt - 1.0));
        m_labels << fwhmLabel;
    }
}

void DscScanView::lineMoved(const QString &id, double x)
{
    // Keep the shaded window under its edges while they move.
    if (id == glassLowId() || id == glassHighId())
        m_difference->moveVerticalBand(glassLowId(), m_difference->verticalLineX(glassLowId()),
                                       m_difference->verticalLineX(glassHighId()));
    else if (id == liquidLowId() || id == liquidHighId())
        m_difference->moveVerticalBand(liquidLowId(), m_difference->verticalLineX(liquidLowId()),
                                       m_difference->verticalLineX(liquidHighId()));
    Q_UNUSED(x)
}

void DscScanView::lineReleased(const QString &id, double x)
{
    Q_UNUSED(x)
    auto pair = [this](const QString &low, const QString &high) {
        return ValueRange{m_difference->verticalLineX(low), m_difference->verticalLineX(high)};
    };
    if (id == lowerLimitId() || id == upperLimitId())
        Q_EMIT integrationLimitsEdited(pair(lowerLimitId(), upperLimitId()));
    else if (id == glassLowId() || id == glassHighId())
        Q_EMIT glassWindowEdited(pair(glassLowId(), glassHighId()));
    else if (id == liquidLowId() || id == liquidHighId())
        Q_EMIT liquidWindowEdited(pair(liquidLowId(), liquidHighId()));
}

} // namespace gb
