#include "plot/CurvePlot.h"

#include "plot/PlotPalette.h"

namespace gb {

CurvePlot::CurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setAntialiasedElements(QCP::aePlottables);
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setTickLabelFont(plotFont(9));
        axis->setLabelFont(plotFont(10));
        axis->setTickLengthIn(4);
        axis->setSubTickLengthIn(2);
    }
    axisRect()->setupFullAxesBox(true); // ticks on all four sides, as journals print them
    legend->setFont(plotFont(9));
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setBorderPen(Qt::NoPen);
    setMouseTracking(true);
}

void CurvePlot::clearCurves()
{
    clearGraphs();
    legend->setVisible(false);
    replot();
}

QString CurvePlot::axisTitle(const Column &column)
{
    return column.unit.isEmpty() || column.unit == QLatin1String("1")
               ? column.name
               : QStringLiteral("%1 (%2)").arg(column.name, column.unit);
}

void CurvePlot::addCurve(const Column &x, const Column &y, const QString &name)
{
    QCPGraph *graph = addGraph();
    QVector<double> xs(x.values.begin(), x.values.end());
    QVector<double> ys(y.values.begin(), y.values.end());
    const bool sortedX = std::is_sorted(xs.cbegin(), xs.cend());
    graph->setData(xs, ys, sortedX);
    graph->setName(name);
    graph->setPen(QPen(seriesColor(graphCount() - 1), 1.2));
    graph->setAdaptiveSampling(true);
    if (graphCount() == 1) {
        xAxis->setLabel(axisTitle(x));
        yAxis->setLabel(axisTitle(y));
    }
    legend->setVisible(graphCount() > 1);
    resetView();
}

void CurvePlot::resetView()
{
    rescaleAxes();
    for (QCPAxis *axis : {xAxis, yAxis})
        axis->scaleRange(1.05, axis->range().center());
    replot();
}

void CurvePlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetView();
    QCustomPlot::mouseDoubleClickEvent(event);
}

void CurvePlot::mouseMoveEvent(QMouseEvent *event)
{
    const double x = xAxis->pixelToCoord(event->position().x());
    const double y = yAxis->pixelToCoord(event->position().y());
    Q_EMIT hovered(QStringLiteral("%1 = %2, %3 = %4")
                       .arg(xAxis->label().section(u' ', 0, 0), QString::number(x, 'g', 6),
                            yAxis->label().section(u' ', 0, 0), QString::number(y, 'g', 6)));
    QCustomPlot::mouseMoveEvent(event);
}

} // namespace gb
