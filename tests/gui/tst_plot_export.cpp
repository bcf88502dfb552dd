// The shared plot component and figure export: PDF (vector page of the journal size), SVG (size
// in mm), PNG (pixel size from mm and dpi), the plotted data as CSV, hover read-out, click to
// select, log axes.
#include "plot/CurvePlot.h"
#include "plot/PlotExport.h"

#include <QApplication>
#include <QClipboard>
#include <QImageReader>
#include <QMimeData>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace gb;

class PlotExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportsPdf_data();
    void exportsPdf();
    void exportsSvg();
    void exportsPng_data();
    void exportsPng();
    void writesPlottedDataAsCsv();
    void restoresScreenTypography();
    void rejectsBadSpecs();
    void hoverReadsOutNearestPoint();
    void clickSelectsCurve();
    void logAxes();
    void legendKeepsOffTextLabels();
    void copiesToClipboard();
    void palettesAreColourBlindSafe();

private:
    QByteArray readAll(const QString &path) const;
    std::unique_ptr<CurvePlot> m_plot;
    QTemporaryDir m_dir;
    std::vector<double> m_x;
    std::vector<double> m_y;
};

void PlotExportTest::init()
{
    QVERIFY(m_dir.isValid());
    m_plot = std::make_unique<CurvePlot>();
    m_plot->resize(640, 480);
    m_x.clear();
    m_y.clear();
    for (int i = 0; i < 200; ++i) {
        m_x.push_back(300.0 + i * 0.5);
        m_y.push_back(std::exp(-std::pow((m_x.back() - 350.0) / 8.0, 2)) + 0.1 / 3.0);
    }
    const Column x{QStringLiteral("T"), Quantity::Temperature, QStringLiteral("K"), QStringLiteral("°C"),
                   m_x};
    const Column y{QStringLiteral("Heat flow"), Quantity::HeatFlow, QStringLiteral("mW"),
                   QStringLiteral("mW"), m_y};
    m_plot->addCurve(x, y, QStringLiteral("scan, 1"), QStringLiteral("a.txt#1"));
    std::vector<double> y2 = m_y;
    for (double &v : y2)
        v *= 0.5;
    m_plot->addSeries(m_x, y2, QStringLiteral("half"), QStringLiteral("b.txt#1"));
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    m_plot->resetView();
}

QByteArray PlotExportTest::readAll(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void PlotExportTest::exportsPdf_data()
{
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::newRow("single column") << kSingleColumn.widthMm << kSingleColumn.heightMm;
    QTest::newRow("double column") << kDoubleColumn.widthMm << kDoubleColumn.heightMm;
    QTest::newRow("custom") << 120.0 << 80.0;
}

void PlotExportTest::exportsPdf()
{
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    FigureSpec spec;
    spec.format = FigureFormat::Pdf;
    spec.widthMm = widthMm;
    spec.heightMm = heightMm;
    spec.writeCsv = false;
    const QString path = m_dir.filePath(QStringLiteral("figure.pdf"));
    const Status written = exportFigure(*m_plot, spec, path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    // The page is exactly the figure: width and height in points.
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QVERIFY(std::abs(match.captured(1).toDouble() - widthMm * 72.0 / 25.4) < 0.5);
    QVERIFY(std::abs(match.captured(2).toDouble() - heightMm * 72.0 / 25.4) < 0.5);
    QVERIFY(!QFileInfo::exists(figureCsvPath(path)));
}

void PlotExportTest::exportsSvg()
{
    FigureSpec spec;
    spec.format = FigureFormat::Svg;
    spec.writeCsv = false;
    const QString path = m_dir.filePath(QStringLiteral("figure.svg"));
    QVERIFY(exportFigure(*m_plot, spec, path).ok());
    const QString svg = QString::fromUtf8(readAll(path));
    QVERIFY(svg.startsWith(QLatin1String("<?xml")));
    QVERIFY(svg.contains(QLatin1String("<svg")));
    static const QRegularExpression size(QStringLiteral("width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\""));
    const QRegularExpressionMatch match = size.match(svg);
    QVERIFY2(match.hasMatch(), qPrintable(svg.left(400)));
    QVERIFY(std::abs(match.captured(1).toDouble() - 85.0) < 0.3);
    QVERIFY(std::abs(match.captured(2).toDouble() - 65.0) < 0.3);
    // Vector: the curves are paths, the labels are text.
    QVERIFY(svg.contains(QLatin1String("<path")) || svg.contains(QLatin1String("<polyline")));
    QVERIFY(svg.contains(QLatin1String("Heat flow (mW)")));
}

void PlotExportTest::exportsPng_data()
{
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    // 85 mm / 25.4 * 300 = 1003.9; 65 mm → 767.7.
    QTest::newRow("single 300") << 85.0 << 65.0 << 300 << QSize(1004, 768);
    QTest::newRow("single 600") << 85.0 << 65.0 << 600 << QSize(2008, 1535);
    QTest::newRow("double 300") << 175.0 << 110.0 << 300 << QSize(2067, 1299);
}

void PlotExportTest::exportsPng()
{
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    FigureSpec spec;
    spec.format = FigureFormat::Png;
    spec.widthMm = widthMm;
    spec.heightMm = heightMm;
    spec.dpi = dpi;
    QCOMPARE(figurePixelSize(spec), pixels);
    const QString path = m_dir.filePath(QStringLiteral("figure.png"));
    QVERIFY(exportFigure(*m_plot, spec, path).ok());
    QVERIFY(readAll(path).startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image(path);
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
    // Something was drawn: the corners are white, the middle is not all white.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    int dark = 0;
    for (int x = 0; x < image.width(); x += 3)
        dark += image.pixelColor(x, image.height() / 2).lightness() < 128;
    QVERIFY(dark > 2);
}

void PlotExportTest::writesPlottedDataAsCsv()
{
    FigureSpec spec;
    spec.format = FigureFormat::Svg;
    const QString path = m_dir.filePath(QStringLiteral("with-data.svg"));
    QVERIFY(exportFigure(*m_plot, spec, path).ok());
    QCOMPARE(figureCsvPath(path), m_dir.filePath(QStringLiteral("with-data.csv")));
    const QStringList lines =
        QString::fromUtf8(readAll(figureCsvPath(path))).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 * 200);
    QCOMPARE(lines[0], QStringLiteral("series,T (K),Heat flow (mW)"));
    // A name with a comma is quoted; numbers read back to the same double.
    QVERIFY(lines[1].startsWith(QLatin1String("\"scan, 1\",300,")));
    const QStringList cells = lines[7].split(u',');
    QCOMPARE(cells.last().toDouble(), m_y[6]);
    QCOMPARE(cells[cells.size() - 2].toDouble(), m_x[6]);
    QVERIFY(lines[201].startsWith(QLatin1String("half,300,")));
}

void PlotExportTest::restoresScreenTypography()
{
    FigureSpec spec;
    spec.format = FigureFormat::Pdf;
    spec.fontPt = 7.0;
    QVERIFY(exportFigure(*m_plot, spec, m_dir.filePath(QStringLiteral("t.pdf"))).ok());
    QCOMPARE(m_plot->typography().fontPt, 9.0);
    QCOMPARE(m_plot->xAxis->labelFont().pointSizeF(), 9.0);
}

void PlotExportTest::rejectsBadSpecs()
{
    FigureSpec spec;
    spec.widthMm = 0.0;
    const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
    const Status written = exportFigure(*m_plot, spec, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().file, path);
    const Status unwritable =
        exportFigure(*m_plot, FigureSpec{}, m_dir.filePath(QStringLiteral("no/dir/x.pdf")));
    QVERIFY(!unwritable.ok());
    QCOMPARE(figureFormatForPath(QStringLiteral("a/b.PNG")), std::optional<FigureFormat>(FigureFormat::Png));
    QVERIFY(!figureFormatForPath(QStringLiteral("a/b.jpg")).has_value());
}

void PlotExportTest::hoverReadsOutNearestPoint()
{
    const int index = 100; // x = 350, the peak
    const QPointF pixel(m_plot->xAxis->coordToPixel(m_x[index]), m_plot->yAxis->coordToPixel(m_y[index]));
    const QString readout = m_plot->readoutAt(pixel);
    QVERIFY2(readout.startsWith(QLatin1String("scan, 1: T (K) = 350, Heat flow (mW) = 1.0333")),
             qPrintable(readout));
    // Far from any curve: the coordinates under the cursor.
    const QPointF empty(m_plot->xAxis->coordToPixel(310.0), m_plot->yAxis->coordToPixel(0.9));
    QVERIFY(m_plot->readoutAt(empty).startsWith(QLatin1String("T (K) = 310")));
    QSignalSpy hovered(m_plot.get(), &CurvePlot::hovered);
    QTest::mouseMove(m_plot.get(), pixel.toPoint());
    QVERIFY(!hovered.isEmpty());
    QVERIFY(hovered.last().at(0).toString().contains(QLatin1String("scan, 1")));
}

void PlotExportTest::clickSelectsCurve()
{
    QSignalSpy clicked(m_plot.get(), &CurvePlot::curveClicked);
    const int index = 100;
    const QPoint onHalf(int(m_plot->xAxis->coordToPixel(m_x[index])),
                        int(m_plot->yAxis->coordToPixel(m_y[index] * 0.5)));
    QTest::mouseClick(m_plot.get(), Qt::LeftButton, Qt::NoModifier, onHalf);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("b.txt#1"));
    QCOMPARE(clicked.at(0).at(1).toBool(), false);
}

void PlotExportTest::logAxes()
{
    m_plot->setLogScale(Qt::Vertical, true);
    QVERIFY(m_plot->isLogScale(Qt::Vertical));
    QVERIFY(!m_plot->isLogScale(Qt::Horizontal));
    QCOMPARE(m_plot->yAxis2->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(!m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerLog>().isNull());
    m_plot->resetView();
    QVERIFY(m_plot->yAxis->range().lower > 0.0);
    QVERIFY(m_plot->yAxis->range().upper > 1.0);
    m_plot->setLogScale(Qt::Vertical, false);
    QCOMPARE(m_plot->yAxis->scaleType(), QCPAxis::stLinear);
}

void PlotExportTest::legendKeepsOffTextLabels()
{
    // The peak stands in the middle: both top corners are free of data. A label (T_p, say) in
    // one of them sends the legend to the other.
    auto legendCorner = [this] { return m_plot->axisRect()->insetLayout()->insetAlignment(0); };
    auto *label = new QCPItemText(m_plot.get());
    label->setText(QStringLiteral("T_p = 350.0 K"));
    for (const double x : {305.0, 395.0}) {
        label->position->setCoords(x, m_plot->yAxis->range().upper);
        label->setPositionAlignment((x < 350.0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
        m_plot->placeLegendAwayFromData();
        const Qt::Alignment labelSide = x < 350.0 ? Qt::AlignLeft : Qt::AlignRight;
        QVERIFY2(!(legendCorner() & Qt::AlignTop && legendCorner() & labelSide),
                 qPrintable(QStringLiteral("legend at 0x%1 over the label at %2 K")
                                .arg(int(legendCorner()), 0, 16)
                                .arg(x)));
    }
    // Placed away from the data, the legend is placed again when the plot is resized: the label,
    // moved to the legend's corner meanwhile, sends it elsewhere. A fixed corner stays.
    const Qt::Alignment before = legendCorner();
    const bool legendLeft = before & Qt::AlignLeft;
    label->position->setCoords(legendLeft ? 305.0 : 395.0, m_plot->yAxis->range().upper);
    label->setPositionAlignment((legendLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
    m_plot->resize(700, 420);
    QTRY_VERIFY(legendCorner() != before);
    m_plot->setLegendCorner(before);
    m_plot->resize(640, 480);
    QCoreApplication::processEvents();
    QCOMPARE(legendCorner(), before);
}

void PlotExportTest::copiesToClipboard()
{
    FigureSpec spec;
    spec.format = FigureFormat::Png;
    spec.dpi = 300;
    copyFigureToClipboard(*m_plot, spec);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1004, 768));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

void PlotExportTest::palettesAreColourBlindSafe()
{
    // The curves take the Okabe–Ito colours in order.
    QCOMPARE(m_plot->graph(0)->pen().color(), QColor(0, 114, 178));
    QCOMPARE(m_plot->graph(1)->pen().color(), QColor(213, 94, 0));
    m_plot->setHighlightedKeys({QStringLiteral("b.txt#1")});
    QVERIFY(m_plot->graph(1)->pen().widthF() > m_plot->graph(0)->pen().widthF());
    QVERIFY(m_plot->graph(0)->pen().color().alphaF() < 0.5);
}

QTEST_MAIN(PlotExportTest)
#include "tst_plot_export.moc"
