// Panning a plot of a 10⁶-point trace with the mouse: one frame is a 9-pixel mouse move of a
// drag and the repaint that follows. Measured with the whole trace in view and zoomed in to a
// tenth of it, with QCustomPlot's adaptive sampling on (as CurvePlot draws) and off (for
// comparison). Runs on the offscreen platform; a smooth pan needs well under 16 ms a frame.
#include "plot/CurvePlot.h"

#include <QApplication>
#include <QMouseEvent>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

using namespace gb;

namespace {
constexpr int kPoints = 1'000'000;

/// A noisy, drifting trace: a slow oscillation plus Gaussian noise, like a long heat-flow record.
void fillTrace(std::vector<double> &x, std::vector<double> &y)
{
    std::mt19937_64 random(7);
    std::normal_distribution<double> noise(0.0, 0.02);
    x.resize(kPoints);
    y.resize(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        x[i] = 1e-3 * i;
        y[i] = std::sin(x[i] / 40.0) + 1e-3 * x[i] + noise(random);
    }
}

void sendMouse(QWidget &widget, QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget.mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &event);
}

void BM_PanMillionPointTrace(benchmark::State &state)
{
    const bool zoomed = state.range(0) != 0;
    const bool adaptive = state.range(1) != 0;
    std::vector<double> x;
    std::vector<double> y;
    fillTrace(x, y);
    CurvePlot plot;
    plot.resize(900, 560);
    plot.show();
    QCPGraph *graph = plot.addSeries(x, y, QStringLiteral("trace"));
    graph->setAdaptiveSampling(adaptive);
    plot.resetView();
    if (zoomed)
        plot.xAxis->setRange(400.0, 500.0);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    // A mouse drag across the middle of the plot, 9 pixels a frame, back and forth.
    const QPointF centre = plot.axisRect()->rect().center();
    sendMouse(plot, QEvent::MouseButtonPress, centre, Qt::LeftButton);
    double offset = 0.0;
    double step = 9.0;
    for (auto _ : state) {
        if (std::abs(offset + step) > 300.0)
            step = -step;
        offset += step;
        sendMouse(plot, QEvent::MouseMove, centre + QPointF(offset, 0.0), Qt::LeftButton);
        plot.replot(QCustomPlot::rpImmediateRefresh); // what the drag's queued replot does
    }
    sendMouse(plot, QEvent::MouseButtonRelease, centre + QPointF(offset, 0.0), Qt::NoButton);
    state.SetLabel(std::string(zoomed ? "a tenth in view" : "whole trace in view") +
                   (adaptive ? ", adaptive sampling" : ", every point drawn"));
}

BENCHMARK(BM_PanMillionPointTrace)
    ->Args({0, 1})
    ->Args({1, 1})
    ->Args({0, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
