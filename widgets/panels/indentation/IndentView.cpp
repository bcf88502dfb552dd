#include "panels/indentation/IndentView.h"

#include "plot/CurvePlot.h"
#include "plot/PlotPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

namespace gb {

IndentView::IndentView(QWidget *parent)
    : QWidget(parent), m_plot(new CurvePlot(this)), m_summary(new QLabel(this)),
      m_previous(new QPushButton(tr("◀ Previous"), this)), m_next(new QPushButton(tr("Next ▶"), this)),
      m_reject(new QPushButton(tr("Reject indent"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setProperty("gbData", true); // numbers, file names and the analysis's own messages
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Keys act while the indent view has the focus (not in the campaign's tables).
    auto *previousKey = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, this, &IndentView::previousRequested);
    connect(nextKey, &QShortcut::activated, this, &IndentView::nextRequested);
    m_previous->setToolTip(tr("Previous indent (Page Up)"));
    m_next->setToolTip(tr("Next indent (Page Down)"));
    m_reject->setObjectName(QStringLiteral("rejectIndent"));
    m_reject->setCheckable(true);
    m_reject->setToolTip(tr("Leave this indent out of every statistic; Ctrl+Z undoes"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);
    m_plot->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    connect(m_previous, &QPushButton::clicked, this, &IndentView::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &IndentView::nextRequested);
    connect(m_reject, &QPushButton::clicked, this, [this](bool checked) { Q_EMIT rejectRequested(checked); });
}

void IndentView::show(const IndentResult *result, const QString &label, const QString &message, bool rejected,
                      bool simulated)
{
    m_plot->clearCurves();
    for (QCPAbstractItem *item : m_labels)
        m_plot->removeItem(item);
    m_labels.clear();
    m_plot->setSimulated(simulated);
    m_plot->setAxisTitles(tr("Depth h (nm)"), tr("Load P (µN)"));
    {
        const QSignalBlocker block(m_reject);
        m_reject->setChecked(rejected);
        m_reject->setText(rejected ? tr("Accept indent") : tr("Reject indent"));
    }
    m_reject->setEnabled(result != nullptr);
    if (!result) {
        m_summary->setText(message);
        m_plot->resetView();
        return;
    }
    QCPGraph *curve = m_plot->addSeries(result->loadingDepthNm, result->loadingLoadMicroNewton,
                                        rejected ? tr("%1 (rejected)").arg(label) : label);
    if (rejected)
        m_plot->setSeriesPen(curve, QColor(150, 150, 150));
    std::vector<double> hx, hy;
    result->hertzCurve(hx, hy);
    if (!hx.empty()) {
        QCPGraph *fit = m_plot->addSeries(
            hx, hy, tr("Hertz fit, E_r = %1 GPa").arg(result->hertz.reducedModulus, 0, 'f', 1));
        m_plot->setSeriesPen(fit, QColor(213, 94, 0), Qt::DashLine, 1.5);
    }
    const QFont labelFont = plotFont(m_plot->typography().fontPt - 1.0);
    for (std::size_t i = 0; i < result->popIns.size(); ++i) {
        const PopInEvent &p = result->popIns[i];
        QCPGraph *marker =
            m_plot->addPoints({p.depthNm, p.depthNm + p.burstNm}, {p.loadMicroNewton, p.loadMicroNewton},
                              i == 0 ? tr("First pop-in") : QString(),
                              i == 0 ? QCPScatterStyle::ssDiamond : QCPScatterStyle::ssCircle);
        marker->setLineStyle(QCPGraph::lsLine);
        m_plot->setSeriesPen(marker, i == 0 ? QColor(0, 0, 0) : QColor(0, 158, 115), Qt::SolidLine,
                             i == 0 ? 1.5 : 1.0);
        if (i != 0) {
            CurvePlot::hideFromLegend(marker);
            continue;
        }
        auto *text = new QCPItemText(m_plot);
        // Below and right of the burst's end: the loading curve rises away from there, and the
        // label stays inside the axes however small the depth of the pop-in.
        text->position->setCoords(p.depthNm + p.burstNm, p.loadMicroNewton);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(QMargins(6, 6, 0, 0));
        text->setFont(labelFont);
        text->setText(
            tr("P = %1 µN, Δh = %2 nm").arg(p.loadMicroNewton, 0, 'f', 1).arg(p.burstNm, 0, 'f', 2));
        m_labels << text;
    }
    QString text = tr("Status: %1").arg(result->status);
    if (!result->message.isEmpty())
        text += tr(" — %1").arg(result->message);
    if (result->hertz.ok())
        text += tr("   E_r = %1 ± %2 GPa   h₀ = %3 nm")
                    .arg(result->hertz.reducedModulus, 0, 'f', 2)
                    .arg(result->hertz.reducedModulusError, 0, 'f', 2)
                    .arg(result->hertz.offset, 0, 'f', 2);
    if (std::isfinite(result->tauCGpa))
        text += tr("   τc = %1 GPa").arg(result->tauCGpa, 0, 'f', 3);
    text += tr("   R = %1 nm").arg(result->tipRadiusNm, 0, 'f', 0);
    m_summary->setText(text);
    m_plot->resetView();
}

QString IndentView::summaryText() const
{
    return m_summary->text();
}

} // namespace gb
