#include "panels/relaxation/RelaxationCurveView.h"

#include "plot/CurvePlot.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace gb {

namespace {
const QColor kWindowColor(0, 114, 178);
const QColor kFitColor(213, 94, 0);
} // namespace

RelaxationCurveView::RelaxationCurveView(QWidget *parent)
    : QWidget(parent), m_curve(new CurvePlot(this)), m_residuals(new CurvePlot(this)),
      m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setProperty("gbData", true); // numbers, file names and the analysis's own messages
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_curve);
    splitter->addWidget(m_residuals);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    m_curve->setLogScale(Qt::Horizontal, true);
    m_residuals->setLogScale(Qt::Horizontal, true);
    m_curve->setLegendCorner(Qt::AlignTop | Qt::AlignRight); // relaxed curves leave it empty
    connect(m_curve->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &r) {
                if (m_residuals->xAxis->range() != r) {
                    m_residuals->xAxis->setRange(r);
                    m_residuals->replot(QCustomPlot::rpQueuedReplot);
                }
            });
    connect(m_curve, &CurvePlot::verticalLineMoved, this, [this](const QString &, double) {
        m_curve->moveVerticalBand(windowLowId(), m_curve->verticalLineX(windowLowId()),
                                  m_curve->verticalLineX(windowHighId()));
    });
    connect(m_curve, &CurvePlot::verticalLineReleased, this, [this](const QString &, double) {
        Q_EMIT fitWindowEdited(
            ValueRange{m_curve->verticalLineX(windowLowId()), m_curve->verticalLineX(windowHighId())});
    });
}

void RelaxationCurveView::show(const RelaxationCurveResult *result, const QString &label,
                               const QString &message, bool simulated)
{
    m_curve->clearCurves();
    m_curve->clearVerticalItems();
    m_residuals->clearCurves();
    m_residuals->clearVerticalItems();
    m_curve->setSimulated(simulated);
    m_residuals->setSimulated(simulated);
    const bool modulus = result && result->curve.signal == Quantity::Modulus;
    m_curve->setAxisTitles(tr("Time since the step t (s)"), modulus ? tr("G(t)/G₀") : tr("σ/σ₀"));
    m_residuals->setAxisTitles(tr("Time since the step t (s)"), tr("Residual"));
    if (!result) {
        m_summary->setText(message);
        m_curve->resetView();
        m_residuals->resetView();
        return;
    }
    // Points at t > 0 only: the axis is logarithmic.
    std::vector<double> t, y;
    for (std::size_t i = 0; i < result->curve.times.size(); ++i)
        if (result->curve.times[i] > 0) {
            t.push_back(result->curve.times[i]);
            y.push_back(result->curve.normalized[i]);
        }
    QCPGraph *data = m_curve->addPoints(t, y, label, QCPScatterStyle::ssCircle);
    data->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0, 114, 178), 0.8), Qt::NoBrush, 4));
    if (!result->fitTimes.empty() && result->hasValues()) {
        QCPGraph *fit = m_curve->addSeries(result->fitTimes, result->fitValues, tr("KWW fit"));
        m_curve->setSeriesPen(fit, kFitColor, Qt::SolidLine, 1.5);
        QCPGraph *res = m_residuals->addPoints(result->fitTimes, result->residuals, tr("Data − fit"),
                                               QCPScatterStyle::ssDisc);
        res->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
        m_residuals->setSeriesPen(res, QColor(0, 114, 178));
    }
    if (!result->fitTimes.empty()) {
        const double low = result->fitTimes.front();
        const double high = result->fitTimes.back();
        QColor band = kWindowColor;
        band.setAlpha(25);
        m_curve->addVerticalBand(low, high, band, windowLowId());
        m_curve->addVerticalLine(low, QPen(kWindowColor, 1.2, Qt::DashLine), windowLowId(), true);
        m_curve->addVerticalLine(high, QPen(kWindowColor, 1.2, Qt::DashLine), windowHighId(), true);
    }
    // A zero line under the residuals.
    if (!result->fitTimes.empty()) {
        QCPGraph *zero = m_residuals->addSeries({result->fitTimes.front(), result->fitTimes.back()},
                                                {0.0, 0.0}, QString());
        m_residuals->setSeriesPen(zero, Qt::gray, Qt::DotLine, 0.8);
        CurvePlot::hideFromLegend(zero);
    }
    m_residuals->legend->setVisible(false);

    const KwwFitResult &k = result->kww;
    QString text;
    if (result->hasValues()) {
        text = tr("β = %1 ± %2   τ = %3 s (95 %: %4–%5 s)   r² = %6")
                   .arg(k.beta, 0, 'f', 4)
                   .arg(k.betaError, 0, 'f', 4)
                   .arg(k.tau, 0, 'g', 5)
                   .arg(k.tauLow, 0, 'g', 4)
                   .arg(k.tauHigh, 0, 'g', 4)
                   .arg(k.rSquared, 0, 'f', 5);
        text += tr("   window %1–%2 s")
                    .arg(result->fitTimes.front(), 0, 'g', 4)
                    .arg(result->fitTimes.back(), 0, 'g', 4);
    }
    if (!result->ok())
        text += tr("   status: %1 — %2").arg(result->status, result->message);
    text += u'\n' + tr("Drag the dashed lines to change the fit window; Ctrl+Z undoes.");
    m_summary->setText(text.trimmed());
    m_curve->resetView();
    m_residuals->resetView();
    m_residuals->xAxis->setRange(m_curve->xAxis->range());
    m_residuals->replot();
}

void RelaxationCurveView::addSeriesCurve(const RelaxationCurveResult &result, const QString &label)
{
    std::vector<double> t, y;
    for (std::size_t i = 0; i < result.curve.times.size(); ++i)
        if (result.curve.times[i] > 0) {
            t.push_back(result.curve.times[i]);
            y.push_back(result.curve.normalized[i]);
        }
    QCPGraph *data = m_curve->addPoints(t, y, label, QCPScatterStyle::ssCircle);
    QColor color = data->scatterStyle().pen().color();
    color.setAlphaF(0.45);
    data->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 0.6), Qt::NoBrush, 3));
    data->setLayer(QStringLiteral("grid")); // behind the current curve and its fit
    CurvePlot::hideFromLegend(data);        // the legend names the current curve and its fit only
    if (result.hasValues() && !result.fitTimes.empty()) {
        QCPGraph *fit = m_curve->addSeries(result.fitTimes, result.fitValues, QString());
        color.setAlphaF(0.8);
        m_curve->setSeriesPen(fit, color, Qt::SolidLine, 0.8);
        fit->setLayer(QStringLiteral("grid"));
        CurvePlot::hideFromLegend(fit);
    }
    m_curve->legend->setVisible(m_curve->legend->itemCount() <= 12);
    m_curve->resetView();
    m_residuals->xAxis->setRange(m_curve->xAxis->range());
    m_residuals->replot();
}

QString RelaxationCurveView::summaryText() const
{
    return m_summary->text();
}

} // namespace gb
