#include "plot/CurvePlot.h"

#include "plot/PlotPalette.h"

#include <QFontMetrics>
#include <QMenu>

#include <cmath>
#include <limits>

namespace gb {

namespace {
const char *kKeyProperty = "gbKey";
const char *kColorProperty = "gbColor";
const char *kDraggableProperty = "gbDraggable";
const char *kFixedColorProperty = "gbFixedColor";
const char *kPenStyleProperty = "gbPenStyle";
const char *kWidthFactorProperty = "gbWidthFactor";
constexpr double kHoverRadiusPx = 12.0;
constexpr double kGrabRadiusPx = 5.0;

/// x in plot coordinates, y as a fraction of the axis rectangle (so lines span it on any scale).
void spanAxisRect(QCPItemPosition *position, double x, double yRatio)
{
    position->setTypeX(QCPItemPosition::ptPlotCoords);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setCoords(x, yRatio);
}

QCPAxis *axisOf(const CurvePlot *plot, Qt::Orientation orientation)
{
    return orientation == Qt::Horizontal ? plot->xAxis : plot->yAxis;
}
/// Log-axis ticks: one labelled tick per decade over wide ranges; over less than three decades
/// (aging times 1800–77400 s) labelled ticks at 1, 2 and 5 × 10^k, so that the axis reads.
class DecadeTicker : public QCPAxisTickerLog {
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        m_fine = range.lower > 0 && range.upper / range.lower < 1000.0;
        if (!m_fine)
            return QCPAxisTickerLog::createTickVector(tickStep, range);
        QVector<double> ticks;
        for (double decade = std::pow(10.0, std::floor(std::log10(range.lower)) - 1);
             decade <= range.upper * 10; decade *= 10.0)
            for (double m : {1.0, 2.0, 5.0})
                ticks << m * decade;
        return ticks;
    }
    int getSubTickCount(double tickStep) override
    {
        return m_fine ? 0 : QCPAxisTickerLog::getSubTickCount(tickStep);
    }

private:
    bool m_fine = false;
};
} // namespace

CurvePlot::CurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setAntialiasedElements(QCP::aePlottables);
    // A replot draws the plot's layers and asks for a paint in the next turn of the event loop,
    // rather than repainting the window at once: a panel that redraws several plots stays quick.
    setPlottingHint(QCP::phImmediateRefresh, false);
    // Long traces stay smooth to pan and zoom: adaptive sampling (QCPGraph's default) draws a few
    // points per pixel column, polylines go to the painter in one call, and antialiasing is left
    // off while the mouse drags (bench_plot_pan).
    setPlottingHint(QCP::phFastPolylines, true);
    setNoAntialiasingOnDrag(true);
    axisRect()->setupFullAxesBox(true); // ticks on all four sides, as journals print them
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setTickLengthIn(4);
        axis->setTickLengthOut(0);
        axis->setSubTickLengthIn(2);
        axis->setSubTickLengthOut(0);
        axis->grid()->setVisible(false);
    }
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(Qt::NoPen);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_tracer = new QCPItemTracer(this);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(7);
    m_tracer->setPen(QPen(Qt::black, 1));
    m_tracer->setVisible(false);
    m_tracer->setSelectable(false);

    m_simulatedMark = new QCPItemText(this);
    m_simulatedMark->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_simulatedMark->position->setCoords(0.02, 0.02);
    m_simulatedMark->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_simulatedMark->setText(tr("simulated data"));
    m_simulatedMark->setColor(QColor(150, 80, 0));
    m_simulatedMark->setClipToAxisRect(true);
    m_simulatedMark->setVisible(false);
    m_simulatedMark->setSelectable(false);

    setTypography(PlotTypography{});
    setMouseTracking(true);
}

void CurvePlot::clearCurves()
{
    clearGraphs();
    m_nextColor = 0;
    m_tracer->setGraph(nullptr);
    m_tracer->setVisible(false);
    legend->setVisible(false);
}

QString CurvePlot::axisTitle(const Column &column)
{
    return column.unit.isEmpty() || column.unit == QLatin1String("1")
               ? column.name
               : QStringLiteral("%1 (%2)").arg(column.name, column.unit);
}

void CurvePlot::setAxisTitles(const QString &x, const QString &y)
{
    xAxis->setLabel(x);
    yAxis->setLabel(y);
}

QCPGraph *CurvePlot::addCurve(const Column &x, const Column &y, const QString &name, const QString &key)
{
    if (graphCount() == 0)
        setAxisTitles(axisTitle(x), axisTitle(y));
    return addSeries(x.values, y.values, name, key);
}

QCPGraph *CurvePlot::addSeries(const std::vector<double> &x, const std::vector<double> &y,
                               const QString &name, const QString &key)
{
    QCPGraph *graph = addGraph();
    const std::size_t n = std::min(x.size(), y.size());
    QVector<double> xs(x.begin(), x.begin() + qsizetype(n));
    QVector<double> ys(y.begin(), y.begin() + qsizetype(n));
    graph->setData(xs, ys, std::is_sorted(xs.cbegin(), xs.cend()));
    graph->setName(name);
    graph->setProperty(kKeyProperty, key);
    graph->setProperty(kColorProperty, m_nextColor++);
    graph->setAdaptiveSampling(true);
    styleGraph(graph);
    legend->setVisible(graphCount() > 1 && graphCount() <= 12);
    return graph;
}

QCPGraph *CurvePlot::addPoints(const std::vector<double> &x, const std::vector<double> &y,
                               const QString &name, QCPScatterStyle::ScatterShape shape, const QString &key)
{
    QCPGraph *graph = addSeries(x, y, name, key);
    graph->setLineStyle(QCPGraph::lsNone);
    const QColor color = seriesColor(graph->property(kColorProperty).toInt());
    graph->setScatterStyle(QCPScatterStyle(shape, QPen(color, m_typography.lineWidth), QBrush(color), 6));
    return graph;
}

void CurvePlot::setSeriesPen(QCPGraph *graph, const QColor &color, Qt::PenStyle style, double widthFactor)
{
    if (color.isValid())
        graph->setProperty(kFixedColorProperty, color);
    graph->setProperty(kPenStyleProperty, int(style));
    graph->setProperty(kWidthFactorProperty, widthFactor);
    styleGraph(graph);
}

void CurvePlot::hideFromLegend(QCPGraph *graph)
{
    graph->removeFromLegend();
}

Qt::Alignment CurvePlot::emptiestCorner(const QSize &size, const QList<Qt::Alignment> &corners) const
{
    constexpr qint64 kLabelWeight = 1'000'000;
    const QRect area = axisRect()->rect();
    Qt::Alignment best = corners.front();
    qint64 fewest = -1;
    for (Qt::Alignment corner : corners) {
        const int x = corner & Qt::AlignLeft ? area.left() : area.right() - size.width();
        const int y = corner & Qt::AlignTop ? area.top() : area.bottom() - size.height();
        const QRect box(QPoint(x, y), size);
        qint64 covered = 0;
        for (int i = 0; i < graphCount(); ++i)
            for (auto it = graph(i)->data()->constBegin(); it != graph(i)->data()->constEnd(); ++it)
                covered += box.contains(
                    QPointF(xAxis->coordToPixel(it->key), yAxis->coordToPixel(it->value)).toPoint());
        // A text label (T_p, FWHM, a pop-in's load) must stay readable: covering one counts
        // as covering more points than any curve has.
        for (int i = 0; i < itemCount(); ++i)
            if (const auto *text = qobject_cast<QCPItemText *>(item(i));
                text && text != m_simulatedMark && text->visible())
                if (box.intersects(QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition())
                                       .normalized()
                                       .toRect()))
                    covered += kLabelWeight;
        if (fewest < 0 || covered < fewest) {
            fewest = covered;
            best = corner;
        }
    }
    return best;
}

void CurvePlot::placeLegendAwayFromData()
{
    replot(); // lays the legend out: its size is known after a replot
    if (!legend->visible())
        return; // redrawn all the same, as the callers rely on
    m_legendAwayFromData = true;
    const QList<Qt::Alignment> corners = {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                          Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft};
    const Qt::Alignment legendCorner = emptiestCorner(legend->outerRect().size(), corners);
    moveLegendTo(legendCorner);
    // The "simulated data" mark goes to the emptiest corner the legend leaves free.
    QList<Qt::Alignment> markCorners = corners;
    markCorners.removeOne(legendCorner);
    // Its size from its font: the item's own corners are only known once it has been drawn.
    const QSize markSize = QFontMetrics(m_simulatedMark->font()).size(0, m_simulatedMark->text());
    placeSimulatedMark(emptiestCorner(markSize + QSize(8, 8), markCorners));
    replot();
}

void CurvePlot::placeSimulatedMark(Qt::Alignment corner)
{
    const bool left = corner & Qt::AlignLeft;
    const bool bottom = corner & Qt::AlignBottom;
    m_simulatedMark->position->setCoords(left ? 0.02 : 0.98, bottom ? 0.98 : 0.02);
    m_simulatedMark->setPositionAlignment((left ? Qt::AlignLeft : Qt::AlignRight) |
                                          (bottom ? Qt::AlignBottom : Qt::AlignTop));
}

void CurvePlot::setLegendCorner(Qt::Alignment corner)
{
    m_legendAwayFromData = false;
    moveLegendTo(corner);
}

void CurvePlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    // Labels and curves sit elsewhere in pixels now: the emptiest corner may be another.
    if (m_legendAwayFromData)
        QMetaObject::invokeMethod(this, &CurvePlot::placeLegendAwayFromData, Qt::QueuedConnection);
}

void CurvePlot::moveLegendTo(Qt::Alignment corner)
{
    axisRect()->insetLayout()->setInsetAlignment(0, corner);
    // The "simulated data" mark takes the top corner the legend leaves free.
    placeSimulatedMark(corner == (Qt::AlignTop | Qt::AlignLeft) ? Qt::AlignTop | Qt::AlignRight
                                                                : Qt::AlignTop | Qt::AlignLeft);
}

QCPItemLine *CurvePlot::addVerticalLine(double x, const QPen &pen, const QString &id, bool draggable)
{
    auto *line = new QCPItemLine(this);
    spanAxisRect(line->start, x, 0.0);
    spanAxisRect(line->end, x, 1.0);
    line->setPen(pen);
    line->setSelectable(false);
    line->setProperty(kKeyProperty, id);
    line->setProperty(kDraggableProperty, draggable && !id.isEmpty());
    m_verticalItems.append(line);
    return line;
}

QCPItemRect *CurvePlot::addVerticalBand(double low, double high, const QBrush &brush, const QString &id)
{
    auto *band = new QCPItemRect(this);
    spanAxisRect(band->topLeft, low, 0.0);
    spanAxisRect(band->bottomRight, high, 1.0);
    band->setPen(Qt::NoPen);
    band->setBrush(brush);
    band->setSelectable(false);
    band->setLayer(QStringLiteral("grid")); // behind the curves
    band->setProperty(kKeyProperty, id);
    m_verticalItems.append(band);
    return band;
}

QCPItemLine *CurvePlot::lineById(const QString &id) const
{
    for (QCPAbstractItem *item : m_verticalItems)
        if (auto *line = qobject_cast<QCPItemLine *>(item);
            line && line->property(kKeyProperty).toString() == id)
            return line;
    return nullptr;
}

bool CurvePlot::moveVerticalLine(const QString &id, double x)
{
    QCPItemLine *line = lineById(id);
    if (!line)
        return false;
    spanAxisRect(line->start, x, 0.0);
    spanAxisRect(line->end, x, 1.0);
    return true;
}

bool CurvePlot::moveVerticalBand(const QString &id, double low, double high)
{
    for (QCPAbstractItem *item : m_verticalItems)
        if (auto *band = qobject_cast<QCPItemRect *>(item);
            band && band->property(kKeyProperty).toString() == id) {
            spanAxisRect(band->topLeft, low, 0.0);
            spanAxisRect(band->bottomRight, high, 1.0);
            return true;
        }
    return false;
}

double CurvePlot::verticalLineX(const QString &id) const
{
    const QCPItemLine *line = lineById(id);
    return line ? line->start->coords().x() : std::numeric_limits<double>::quiet_NaN();
}

void CurvePlot::clearVerticalItems()
{
    m_draggedLine = nullptr;
    for (QCPAbstractItem *item : m_verticalItems)
        removeItem(item);
    m_verticalItems.clear();
}

bool CurvePlot::dragVerticalLine(const QString &id, double x)
{
    QCPItemLine *line = lineById(id);
    if (!line || !line->property(kDraggableProperty).toBool())
        return false;
    moveVerticalLine(id, x);
    replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT verticalLineMoved(id, x);
    Q_EMIT verticalLineReleased(id, x);
    return true;
}

QCPItemLine *CurvePlot::draggableLineAt(const QPointF &position) const
{
    if (!axisRect()->rect().contains(position.toPoint()))
        return nullptr;
    QCPItemLine *best = nullptr;
    double bestDistance = kGrabRadiusPx;
    for (QCPAbstractItem *item : m_verticalItems) {
        auto *line = qobject_cast<QCPItemLine *>(item);
        if (!line || !line->property(kDraggableProperty).toBool() || !line->visible())
            continue;
        const double distance = std::abs(line->start->pixelPosition().x() - position.x());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = line;
        }
    }
    return best;
}

void CurvePlot::styleGraph(QCPGraph *graph) const
{
    const QVariant fixed = graph->property(kFixedColorProperty);
    QColor color =
        fixed.isValid() ? fixed.value<QColor>() : seriesColor(graph->property(kColorProperty).toInt());
    const QVariant factor = graph->property(kWidthFactorProperty);
    double width = m_typography.lineWidth * (factor.isValid() ? factor.toDouble() : 1.0);
    const QVariant style = graph->property(kPenStyleProperty);
    const QString key = graph->property(kKeyProperty).toString();
    if (!m_highlighted.isEmpty()) {
        if (m_highlighted.contains(key)) {
            width *= 2.0;
        } else {
            color.setAlphaF(0.35);
        }
    }
    QPen pen(color, width);
    if (style.isValid())
        pen.setStyle(Qt::PenStyle(style.toInt()));
    graph->setPen(pen);
    if (graph->scatterStyle().shape() != QCPScatterStyle::ssNone) {
        QCPScatterStyle scatter = graph->scatterStyle();
        scatter.setPen(QPen(color, m_typography.lineWidth));
        if (scatter.brush().style() != Qt::NoBrush)
            scatter.setBrush(color);
        graph->setScatterStyle(scatter);
    }
}

void CurvePlot::setHighlightedKeys(const QStringList &keys)
{
    m_highlighted = keys;
    for (int i = 0; i < graphCount(); ++i)
        styleGraph(graph(i));
}

void CurvePlot::setSimulated(bool simulated)
{
    m_simulatedMark->setVisible(simulated);
}

bool CurvePlot::isSimulated() const
{
    return m_simulatedMark->visible();
}

void CurvePlot::setLogScale(Qt::Orientation orientation, bool logarithmic)
{
    const QList<QCPAxis *> axes =
        orientation == Qt::Horizontal ? QList<QCPAxis *>{xAxis, xAxis2} : QList<QCPAxis *>{yAxis, yAxis2};
    for (QCPAxis *axis : axes) {
        axis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (logarithmic)
            axis->setTicker(QSharedPointer<DecadeTicker>::create());
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
}

bool CurvePlot::isLogScale(Qt::Orientation orientation) const
{
    return axisOf(this, orientation)->scaleType() == QCPAxis::stLogarithmic;
}

void CurvePlot::resetView()
{
    bool any = false;
    for (int i = 0; i < graphCount(); ++i)
        any = any || !graph(i)->data()->isEmpty();
    if (any) {
        rescaleAxes();
        for (QCPAxis *axis : {xAxis, yAxis}) {
            if (axis->scaleType() == QCPAxis::stLogarithmic)
                axis->scaleRange(1.1, std::sqrt(axis->range().lower * axis->range().upper));
            else
                axis->scaleRange(1.05, axis->range().center());
        }
    }
    replot();
}

void CurvePlot::addHeadroom(double fraction)
{
    const QCPRange range = yAxis->range();
    if (yAxis->scaleType() == QCPAxis::stLogarithmic)
        yAxis->setRangeUpper(range.upper * std::pow(range.upper / range.lower, fraction));
    else
        yAxis->setRangeUpper(range.upper + fraction * range.size());
    replot();
}

std::vector<PlotSeries> CurvePlot::seriesData() const
{
    std::vector<PlotSeries> all;
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph *g = graph(i);
        PlotSeries series{g->name(), g->property(kKeyProperty).toString(), {}, {}};
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            series.x.push_back(it->key);
            series.y.push_back(it->value);
        }
        all.push_back(std::move(series));
    }
    return all;
}

void CurvePlot::setTypography(const PlotTypography &typography)
{
    m_typography = typography;
    const QPen axisPen(Qt::black, typography.axisWidth, Qt::SolidLine, Qt::SquareCap);
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setTickLabelFont(plotFont(typography.fontPt - 1.0));
        axis->setLabelFont(plotFont(typography.fontPt));
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(QPen(Qt::black, typography.axisWidth * 0.75));
    }
    legend->setFont(plotFont(typography.fontPt - 1.0));
    QFont markFont = plotFont(typography.fontPt - 1.0);
    markFont.setItalic(true);
    m_simulatedMark->setFont(markFont);
    for (int i = 0; i < graphCount(); ++i)
        styleGraph(graph(i));
}

QCPGraph *CurvePlot::nearestGraph(const QPointF &position, int *dataIndex) const
{
    QCPGraph *best = nullptr;
    double bestDistance = kHoverRadiusPx;
    for (int i = 0; i < graphCount(); ++i) {
        QVariant details;
        const double distance = graph(i)->selectTest(position, false, &details);
        if (distance >= 0 && distance < bestDistance) {
            const QCPDataSelection selection = details.value<QCPDataSelection>();
            if (selection.isEmpty())
                continue;
            bestDistance = distance;
            best = graph(i);
            *dataIndex = selection.dataRange().begin();
        }
    }
    return best;
}

QString CurvePlot::readoutAt(const QPointF &position) const
{
    if (!axisRect()->rect().contains(position.toPoint()))
        return {};
    const QString xName = xAxis->label().isEmpty() ? QStringLiteral("x") : xAxis->label();
    const QString yName = yAxis->label().isEmpty() ? QStringLiteral("y") : yAxis->label();
    int index = 0;
    if (const QCPGraph *g = nearestGraph(position, &index)) {
        const auto point = g->data()->at(index);
        return QStringLiteral("%1: %2 = %3, %4 = %5")
            .arg(g->name(), xName, QString::number(point->key, 'g', 6), yName,
                 QString::number(point->value, 'g', 6));
    }
    return QStringLiteral("%1 = %2, %3 = %4")
        .arg(xName, QString::number(xAxis->pixelToCoord(position.x()), 'g', 5), yName,
             QString::number(yAxis->pixelToCoord(position.y()), 'g', 5));
}

void CurvePlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetView();
    QCustomPlot::mouseDoubleClickEvent(event);
}

void CurvePlot::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position();
    if (event->button() == Qt::LeftButton) {
        if (QCPItemLine *line = draggableLineAt(event->position())) {
            m_draggedLine = line; // the line moves, not the view
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void CurvePlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_draggedLine) {
        const QString id = m_draggedLine->property(kKeyProperty).toString();
        const double x = m_draggedLine->start->coords().x();
        m_draggedLine = nullptr;
        event->accept();
        Q_EMIT verticalLineReleased(id, x);
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
    // A click (not a drag) on a curve selects its dataset.
    if (event->button() != Qt::LeftButton || (event->position() - m_pressPosition).manhattanLength() > 3)
        return;
    int index = 0;
    if (const QCPGraph *g = nearestGraph(event->position(), &index)) {
        const QString key = g->property(kKeyProperty).toString();
        if (!key.isEmpty())
            Q_EMIT curveClicked(key, event->modifiers() & Qt::ControlModifier);
    }
}

void CurvePlot::mouseMoveEvent(QMouseEvent *event)
{
    if (m_draggedLine) {
        const double x = xAxis->pixelToCoord(event->position().x());
        const QString id = m_draggedLine->property(kKeyProperty).toString();
        moveVerticalLine(id, x);
        replot(QCustomPlot::rpQueuedReplot);
        Q_EMIT verticalLineMoved(id, x);
        return;
    }
    setCursor(draggableLineAt(event->position()) ? Qt::SizeHorCursor : Qt::ArrowCursor);
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return; // dragging: the view moves, no read-out
    const QPointF position = event->position();
    int index = 0;
    QCPGraph *g = nearestGraph(position, &index);
    const bool wasVisible = m_tracer->visible();
    if (g) {
        m_tracer->setGraph(nullptr);
        m_tracer->position->setAxes(g->keyAxis(), g->valueAxis());
        m_tracer->position->setCoords(g->data()->at(index)->key, g->data()->at(index)->value);
        m_tracer->setVisible(true);
    } else {
        m_tracer->setVisible(false);
    }
    if (g || wasVisible)
        replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT hovered(readoutAt(position));
}

void CurvePlot::leaveEvent(QEvent *event)
{
    if (m_tracer->visible()) {
        m_tracer->setVisible(false);
        replot(QCustomPlot::rpQueuedReplot);
    }
    Q_EMIT hovered(QString());
    QCustomPlot::leaveEvent(event);
}

void CurvePlot::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset view"), this, &CurvePlot::resetView);
    menu.addSeparator();
    QAction *logX = menu.addAction(tr("Logarithmic x axis"));
    logX->setCheckable(true);
    logX->setChecked(isLogScale(Qt::Horizontal));
    connect(logX, &QAction::toggled, this, [this](bool on) {
        setLogScale(Qt::Horizontal, on);
        resetView();
        Q_EMIT logScaleToggled(Qt::Horizontal, on);
    });
    QAction *logY = menu.addAction(tr("Logarithmic y axis"));
    logY->setCheckable(true);
    logY->setChecked(isLogScale(Qt::Vertical));
    connect(logY, &QAction::toggled, this, [this](bool on) {
        setLogScale(Qt::Vertical, on);
        resetView();
        Q_EMIT logScaleToggled(Qt::Vertical, on);
    });
    QAction *showLegend = menu.addAction(tr("Legend"));
    showLegend->setCheckable(true);
    showLegend->setChecked(legend->visible());
    connect(showLegend, &QAction::toggled, this, [this](bool on) {
        legend->setVisible(on);
        replot();
    });
    menu.addSeparator();
    menu.addAction(tr("Export figure…"), this, &CurvePlot::exportRequested);
    menu.addAction(tr("Copy figure"), this, &CurvePlot::copyRequested);
    menu.exec(event->globalPos());
}

} // namespace gb
