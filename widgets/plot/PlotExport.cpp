#include "plot/PlotExport.h"

#include "plot/CurvePlot.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlotExport", text);
}

constexpr double kPointsPerMm = 72.0 / 25.4;

/// Layout size in points (1/72 in): the unit every renderer below draws in.
QSize layoutSize(const FigureSpec &spec)
{
    return QSize(int(std::lround(spec.widthMm * kPointsPerMm)),
                 int(std::lround(spec.heightMm * kPointsPerMm)));
}

/// Switches the plot to print typography for the duration of an export, then back; a figure
/// draws its polylines with proper joins (the screen's fast polylines are for panning).
class PrintTypography {
public:
    PrintTypography(CurvePlot &plot, const FigureSpec &spec) : m_plot(plot), m_screen(plot.typography())
    {
        // In points: hairline-free axes, curves a little finer than on screen.
        m_plot.setTypography(PlotTypography{spec.fontPt, 1.0, 0.6});
        m_plot.setPlottingHint(QCP::phFastPolylines, false);
    }
    ~PrintTypography()
    {
        m_plot.setTypography(m_screen);
        m_plot.setPlottingHint(QCP::phFastPolylines, true);
        m_plot.replot();
    }
    PrintTypography(const PrintTypography &) = delete;
    PrintTypography &operator=(const PrintTypography &) = delete;

private:
    CurvePlot &m_plot;
    PlotTypography m_screen;
};

/// Draws the plot on any paint device whose logical resolution is 72 dpi (one unit = 1 pt).
void drawPlot(CurvePlot &plot, QPaintDevice *device, const QSize &size, bool vector, double sx = 1.0,
              double sy = 1.0)
{
    QCPPainter painter(device);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    if (vector)
        painter.setMode(QCPPainter::pmVectorized);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(sx, sy);
    plot.toPainter(&painter, size.width(), size.height());
}

Status writePdf(CurvePlot &plot, const FigureSpec &spec, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setCreator(QStringLiteral("Glassbench " GLASSBENCH_VERSION));
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(spec.widthMm, spec.heightMm), QPageSize::Millimeter,
                                                   QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        drawPlot(plot, &writer, layoutSize(spec), true);
    }
    if (!file.commit())
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    return Done{};
}

Status writeSvg(CurvePlot &plot, const FigureSpec &spec, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = layoutSize(spec);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(72);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QFileInfo(path).completeBaseName());
        generator.setDescription(QStringLiteral("Glassbench " GLASSBENCH_VERSION));
        drawPlot(plot, &generator, size, true);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit())
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()), path);
    return Done{};
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

QSize figurePixelSize(const FigureSpec &spec)
{
    return QSize(int(std::lround(spec.widthMm / 25.4 * spec.dpi)),
                 int(std::lround(spec.heightMm / 25.4 * spec.dpi)));
}

std::optional<FigureFormat> figureFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    return std::nullopt;
}

QString figureCsvPath(const QString &figurePath)
{
    const QFileInfo info(figurePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
}

QImage renderFigure(CurvePlot &plot, const FigureSpec &spec)
{
    const PrintTypography print(plot, spec);
    const QSize pixels = figurePixelSize(spec);
    const QSize size = layoutSize(spec);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // 72 dpi while drawing, so one layout unit is one point and fonts come out in points ...
    const int drawingDotsPerMeter = int(std::lround(72.0 / 0.0254));
    image.setDotsPerMeterX(drawingDotsPerMeter);
    image.setDotsPerMeterY(drawingDotsPerMeter);
    drawPlot(plot, &image, size, false, double(pixels.width()) / size.width(),
             double(pixels.height()) / size.height());
    // ... and the real resolution in the file, so that programs place it at its physical size.
    const int dotsPerMeter = int(std::lround(spec.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray plotDataCsv(const CurvePlot &plot)
{
    QStringList lines;
    const QString xTitle = plot.xAxis->label().isEmpty() ? QStringLiteral("x") : plot.xAxis->label();
    const QString yTitle = plot.yAxis->label().isEmpty() ? QStringLiteral("y") : plot.yAxis->label();
    lines << QStringLiteral("series,%1,%2").arg(csvCell(xTitle), csvCell(yTitle));
    for (const PlotSeries &series : plot.seriesData())
        for (std::size_t i = 0; i < series.x.size(); ++i)
            lines << QStringLiteral("%1,%2,%3")
                         .arg(csvCell(series.name), numberText(series.x[i]), numberText(series.y[i]));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

Status exportFigure(CurvePlot &plot, const FigureSpec &spec, const QString &path)
{
    if (spec.widthMm <= 0 || spec.heightMm <= 0 || spec.dpi <= 0 || spec.fontPt <= 0)
        return makeError(QStringLiteral("bad_figure"),
                         tr("the figure size, resolution and font must be positive"), path);
    Status written = Done{};
    switch (spec.format) {
    case FigureFormat::Pdf: {
        const PrintTypography print(plot, spec);
        written = writePdf(plot, spec, path);
        break;
    }
    case FigureFormat::Svg: {
        const PrintTypography print(plot, spec);
        written = writeSvg(plot, spec, path);
        break;
    }
    case FigureFormat::Png: {
        const QImage image = renderFigure(plot, spec);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            written = makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(file.errorString()),
                                path);
        break;
    }
    }
    if (!written.ok() || !spec.writeCsv)
        return written;
    const QString csvPath = figureCsvPath(path);
    QSaveFile csv(csvPath);
    const QByteArray bytes = plotDataCsv(plot);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(bytes) != bytes.size() || !csv.commit())
        return makeError(QStringLiteral("write_error"), tr("cannot write: %1").arg(csv.errorString()),
                         csvPath);
    return Done{};
}

void copyFigureToClipboard(CurvePlot &plot, const FigureSpec &spec)
{
    auto *mime = new QMimeData;
    mime->setImageData(renderFigure(plot, spec));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    {
        const PrintTypography print(plot, spec);
        const QSize size = layoutSize(spec);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setResolution(72);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        drawPlot(plot, &generator, size, true);
    }
    mime->setData(QStringLiteral("image/svg+xml"), svg.data());
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace gb
