#pragma once

#include "support/Result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace gb {

class CurvePlot;

enum class FigureFormat { Pdf, Svg, Png };

/// A figure as a journal wants it: physical size, resolution for bitmaps, font size.
struct FigureSpec {
    FigureFormat format = FigureFormat::Pdf;
    double widthMm = 85.0;
    double heightMm = 65.0;
    int dpi = 300;        ///< PNG only; vector formats have none
    double fontPt = 8.0;  ///< axis titles; tick labels one point smaller
    bool writeCsv = true; ///< the plotted data as CSV beside the figure
};

/// Journal column widths (the height is the figure's own business).
struct JournalPreset {
    const char *id;
    double widthMm;
    double heightMm;
};
inline constexpr JournalPreset kSingleColumn{"single", 85.0, 65.0};
inline constexpr JournalPreset kDoubleColumn{"double", 175.0, 110.0};

/// Pixel size of a PNG figure: the physical size at the spec's dpi, rounded.
QSize figurePixelSize(const FigureSpec &spec);
/// The format a file name asks for by its suffix (.pdf, .svg, .png), or std::nullopt.
std::optional<FigureFormat> figureFormatForPath(const QString &path);
/// Where the CSV of a figure goes: the figure's path with the suffix ".csv".
QString figureCsvPath(const QString &figurePath);

/// Renders the plot at the spec's physical size with the spec's typography (fonts in points,
/// lines in points) into `path`: PDF as vectors on a page of exactly that size, SVG with its
/// width and height in mm, PNG at the spec's dpi (with the resolution recorded in the file).
/// When `spec.writeCsv`, the plotted data go to figureCsvPath(path). The plot on screen is
/// left as it was. Errors name the file that could not be written.
Status exportFigure(CurvePlot &plot, const FigureSpec &spec, const QString &path);

/// The figure as a bitmap (the PNG path of exportFigure, and the clipboard).
QImage renderFigure(CurvePlot &plot, const FigureSpec &spec);

/// The plotted data, series by series, as CSV: `series,<x title>,<y title>` then one row per
/// point, numbers in the shortest form that reads back exactly.
QByteArray plotDataCsv(const CurvePlot &plot);

/// Puts the figure on the clipboard as an image (and as SVG for programs that take vectors).
void copyFigureToClipboard(CurvePlot &plot, const FigureSpec &spec);

} // namespace gb
