// The DSC panel (issue 6, GUI): a campaign whose relaxation peak is an exact Gaussian is opened
// in the window; the panel shows its ΔH, T_p and FWHM; dragging the upper integration limit with
// the mouse is one undoable setting that changes ΔH in the panel and in dsc_peaks.csv, and undo
// brings the original numbers back.
#include "MainWindow.h"
#include "ProjectController.h"
#include "Translations.h"
#include "common/ValueWithUncertainty.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "io/writers/StareExportWriter.h"
#include "models/ResultTableValues.h"
#include "panels/dsc/DscPanel.h"
#include "panels/dsc/DscPathComparisonView.h"
#include "panels/dsc/DscScanView.h"
#include "panels/dsc/DscSeriesView.h"
#include "plot/CurvePlot.h"

#include <QAction>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
constexpr double kRate = 1000.0; // K/s
constexpr double kTp = 400.0;    // K
constexpr double kSigma = 8.0;   // K
constexpr double kHeight = 0.05; // mW

/// 300–480 K at 1000 K/s: a sloped baseline plus a Gaussian endotherm of that height (mW; 0 for
/// the reference) at `centre` (K), written negative: STARe plots endothermic down.
StareCurve heatingScan(const QString &name, double height, double centre = kTp)
{
    StareCurve curve;
    curve.name = name;
    for (double T = 300.0; T <= 480.0 + 1e-9; T += 0.05) {
        const double peak = height * std::exp(-0.5 * std::pow((T - centre) / kSigma, 2));
        curve.timeS.push_back((T - 300.0) / kRate);
        curve.sampleTemperatureK.push_back(T);
        curve.programTemperatureK.push_back(T);
        curve.heatFlowMw.push_back(-0.02 - 1e-4 * (T - 300.0) - peak);
    }
    return curve;
}

/// ΔH (µJ) of the Gaussian between T1 and T2: h·σ·√(2π)/β · [Φ(z2) − Φ(z1)].
double gaussianEnthalpy(double t1, double t2)
{
    const auto phi = [](double t) { return 0.5 * std::erfc(-(t - kTp) / (kSigma * std::sqrt(2.0))); };
    return kHeight * kSigma * std::sqrt(2.0 * M_PI) / kRate * 1000.0 * (phi(t2) - phi(t1));
}

double peakEnthalpy(const Document &document)
{
    const ResultTable *peaks = findResultTable(document.results(), QStringLiteral("dsc_peaks.csv"));
    return peaks ? resultNumber(*peaks, 0, QStringLiteral("dH_uJ")) : std::nan("");
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

/// The curves of a plot that have a legend entry (markers and helper lines have none).
std::vector<PlotSeries> namedCurves(const CurvePlot *plot)
{
    std::vector<PlotSeries> named;
    for (const PlotSeries &s : plot->seriesData())
        if (!s.name.isEmpty())
            named.push_back(s);
    return named;
}

/// The T_p marker (one unnamed point) and the half-maximum segment (two unnamed points at one
/// height above zero) of a plot that shows one peak.
void peakMarkers(const CurvePlot *plot, double &peakTemperature, double &width)
{
    peakTemperature = width = std::nan("");
    for (const PlotSeries &s : plot->seriesData()) {
        if (!s.name.isEmpty())
            continue;
        if (s.x.size() == 1)
            peakTemperature = s.x.front();
        else if (s.x.size() == 2 && s.y[0] == s.y[1] && s.y[0] > 0)
            width = s.x[1] - s.x[0];
    }
}

/// ΔH (µJ) of a plotted peak (mW against K) at kRate: the trapezoid area over β.
double enthalpyOf(const PlotSeries &peak)
{
    double area = 0;
    for (std::size_t i = 0; i + 1 < peak.x.size(); ++i)
        area += 0.5 * (peak.y[i] + peak.y[i + 1]) * (peak.x[i + 1] - peak.x[i]);
    return area / kRate * 1000.0;
}

QString label(const char *name, double value, const char *unit)
{
    return QStringLiteral("%1 = %2 %3")
        .arg(QString::fromUtf8(name), QString::number(value, 'f', 1), QString::fromUtf8(unit));
}
} // namespace

class DscPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheKnownPeak();
    void quotesValuesWithTheirUncertainty();
    void draggingALimitIsUndoable();
    void seriesPlotsDraw();
    void pathComparisonOfAMatchedPair();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DscPanel *m_panel = nullptr;
};

void DscPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlassbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dsc_panel"));
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    StareExport data;
    data.sampleName = QStringLiteral("AuMG");
    data.massMg = 0.000484;
    data.method = QStringLiteral("Ta385");
    // Isothermal anneals of 10, 100 and 1000 s (ΔH ∝ peak height, T_p 4 K higher per decade) and
    // one isochronal scan whose ΔH lies a quarter of the way from 10 s to 100 s: its equivalent
    // aging time is 10^1.25 s, where the interpolated isothermal T_p is 401 K.
    data.curves = {heatingScan(QStringLiteral("reference  Seg 3"), 0.0),
                   heatingScan(QStringLiteral("Ta385 ta10s  Seg 7"), kHeight),
                   heatingScan(QStringLiteral("Ta385 ta100s  Seg 11"), 0.07, kTp + 4),
                   heatingScan(QStringLiteral("Ta385 ta1000s  Seg 15"), 0.09, kTp + 8),
                   heatingScan(QStringLiteral("phi10  Seg 19"), 0.055, kTp + 1),
                   // ΔH above the whole isothermal series: out_of_range.
                   heatingScan(QStringLiteral("phi1  Seg 23"), 0.1, kTp + 9)};
    QFile stare(m_dir.filePath(QStringLiteral("protocol.txt")));
    QVERIFY(stare.open(QIODevice::WriteOnly));
    stare.write(writeStareExport(data));
    stare.close();
    const QString manifest = m_dir.filePath(QStringLiteral("campaign.csv"));
    QFile csv(manifest);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("file,segment,technique,sample,path,T_a_K,t_a_s,phi_K_per_s,heating_rate_K_per_s,mass_ng\n"
              "protocol.txt,1,dsc,AuMG,reference,,,,1000,484\n"
              "protocol.txt,2,dsc,AuMG,isothermal,385,10,,1000,484\n"
              "protocol.txt,3,dsc,AuMG,isothermal,385,100,,1000,484\n"
              "protocol.txt,4,dsc,AuMG,isothermal,385,1000,,1000,484\n"
              "protocol.txt,5,dsc,AuMG,isochronal,385,,10,1000,484\n"
              "protocol.txt,6,dsc,AuMG,isochronal,385,,1,1000,484\n");
    csv.close();

    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QVERIFY(m_window->controller()->openManifest(manifest));
    QVERIFY(finished.wait(60000));
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    m_panel = m_window->findChild<DscPanel *>();
    QVERIFY(m_panel);
    m_window->panelTabs()->setCurrentWidget(m_panel);
    m_panel->redrawNow();
}

void DscPanelTest::showsTheKnownPeak()
{
    const DscCurrentScan &scan = m_panel->shownScan();
    QCOMPARE(scan.datasetId, QStringLiteral("protocol.txt#2"));
    QCOMPARE(scan.referenceId, QStringLiteral("protocol.txt#1"));
    QVERIFY(scan.result && scan.result->ok());
    const RelaxationPeak &peak = scan.result->peak;
    const double full = gaussianEnthalpy(peak.lowerLimitK, peak.upperLimitK);
    QVERIFY2(std::abs(peak.enthalpyUj / full - 1.0) < 0.02, qPrintable(QString::number(peak.enthalpyUj)));
    QVERIFY(std::abs(peak.peakTemperatureK - kTp) < 0.5);
    QVERIFY(std::abs(peak.fwhmK / (2.0 * std::sqrt(2.0 * std::log(2.0)) * kSigma) - 1.0) < 0.03);
    // The panel's analysis is the campaign's: the same ΔH as dsc_peaks.csv, shown in the table.
    QCOMPARE(peakEnthalpy(*m_window->document()), peak.enthalpyUj);
    QCOMPARE(m_panel->peakTable()->rowCount(), 5);
    QCOMPARE(m_panel->peakTable()->item(0, 5)->text(), QString::number(peak.enthalpyUj, 'f', 4));
    QVERIFY(m_panel->scanView()->summaryText().contains(QString::number(peak.peakTemperatureK, 'f', 2)));
    QVERIFY(m_panel->scanView()->summaryText().contains(
        QStringLiteral("ΔH = %1 µJ").arg(valueWithUncertainty(peak.enthalpyUj, peak.enthalpyErrorUj))));
    QVERIFY(m_panel->scanView()->summaryText().contains(QStringLiteral("Reference: protocol.txt#1")));
    // Relaxed and reference traces above; difference, baseline and the filled area below.
    QCOMPARE(m_panel->scanView()->tracesPlot()->graphCount(), 2);
    QVERIFY(m_panel->scanView()->differencePlot()->graphCount() >= 4);
    CurvePlot *plot = m_panel->scanView()->differencePlot();
    QCOMPARE(plot->verticalLineX(DscScanView::upperLimitId()), peak.upperLimitK);
    QCOMPARE(plot->verticalLineX(DscScanView::lowerLimitId()), peak.lowerLimitK);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_scan.png")));
}

void DscPanelTest::quotesValuesWithTheirUncertainty()
{
    // Two significant digits of the uncertainty, the value to the same place: a 0.1 s anneal's
    // peak (the paper campaign's first scan) showed "0.014 ± 0.000 µJ" with three decimals.
    QCOMPARE(valueWithUncertainty(0.013593474210524177, 0.00037276826599312487),
             QStringLiteral("0.01359 ± 0.00037"));
    QCOMPARE(valueWithUncertainty(88.73978874633718, 0.8760423524684989), QStringLiteral("88.74 ± 0.88"));
    QCOMPARE(valueWithUncertainty(1234.4, 12.3), QStringLiteral("1234 ± 12"));
    QCOMPARE(valueWithUncertainty(2.5, 0.1), QStringLiteral("2.50 ± 0.10"));
    QCOMPARE(valueWithUncertainty(5.0, std::nan("")), QStringLiteral("5"));
    QCOMPARE(valueWithUncertainty(5.0, 0.0), QStringLiteral("5"));
}

void DscPanelTest::draggingALimitIsUndoable()
{
    Document *document = m_window->document();
    const double before = peakEnthalpy(*document);
    const double lower = m_panel->shownScan().result->peak.lowerLimitK;
    const QByteArray tableBefore =
        findResultTable(document->results(), QStringLiteral("dsc_peaks.csv"))->toCsv();
    const int commands = document->undoStack()->count();

    // Drag the upper limit to T_p + σ with the mouse.
    CurvePlot *plot = m_panel->scanView()->differencePlot();
    plot->replot();
    const double from = plot->xAxis->coordToPixel(plot->verticalLineX(DscScanView::upperLimitId()));
    const double to = plot->xAxis->coordToPixel(kTp + kSigma);
    const double y = plot->axisRect()->center().y();
    sendMouse(plot, QEvent::MouseButtonPress, QPointF(from, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, QPointF((from + to) / 2, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, QPointF(to, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, QPointF(to, y), Qt::NoButton);

    QCOMPARE(document->undoStack()->count(), commands + 1);
    const auto limits =
        document->settings().get(QStringLiteral("protocol.txt#2"), settings::kIntegrationLimitsK);
    QVERIFY(limits);
    QCOMPARE(limits->low, lower);
    QVERIFY2(std::abs(limits->high - (kTp + kSigma)) < 0.5, qPrintable(QString::number(limits->high)));
    // The campaign is analysed again: ΔH is now the Gaussian's area up to the new limit.
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(peakEnthalpy(*document) - before) > 0.05, 30000);
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    const double moved = peakEnthalpy(*document);
    const double expected = gaussianEnthalpy(lower, limits->high);
    QVERIFY2(std::abs(moved / expected - 1.0) < 0.02,
             qPrintable(QStringLiteral("%1 vs %2").arg(moved).arg(expected)));
    m_panel->redrawNow();
    QCOMPARE(m_panel->shownScan().result->peak.enthalpyUj, moved);
    QCOMPARE(m_panel->scanView()->differencePlot()->verticalLineX(DscScanView::upperLimitId()), limits->high);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_dragged.png")));

    // Undo: the setting goes, ΔH and the whole table come back.
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!document->settings().get(QStringLiteral("protocol.txt#2"), settings::kIntegrationLimitsK));
    QTRY_COMPARE_WITH_TIMEOUT(peakEnthalpy(*document), before, 30000);
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    QCOMPARE(findResultTable(document->results(), QStringLiteral("dsc_peaks.csv"))->toCsv(), tableBefore);
    m_panel->redrawNow();
    QCOMPARE(m_panel->shownScan().result->peak.enthalpyUj, before);
}

void DscPanelTest::seriesPlotsDraw()
{
    // Three isothermal scans: ΔH against t_a on a log axis, at 10, 100 and 1000 s.
    DscSeriesView *series = m_panel->seriesView();
    m_panel->tabs()->setCurrentIndex(1);
    series->setKind(DscSeriesView::Kind::EnthalpyVsAgingTime);
    CurvePlot *plot = series->plot();
    QCOMPARE(m_panel->currentPlot(), plot);
    QCOMPARE(plot->graphCount(), 1);
    QVERIFY(plot->isLogScale(Qt::Horizontal));
    const std::vector<PlotSeries> data = plot->seriesData();
    QCOMPARE(data.front().x, (std::vector<double>{10.0, 100.0, 1000.0}));
    QCOMPARE(data.front().y.front(), peakEnthalpy(*m_window->document()));
    QCOMPARE(plot->xAxis->label(), QStringLiteral("Aging time t_a (s)"));
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_series.png")));
    // FWHM against ΔH: one series per path.
    series->setKind(DscSeriesView::Kind::FwhmVsEnthalpy);
    QCOMPARE(plot->graphCount(), 2);
    QVERIFY(!plot->isLogScale(Qt::Horizontal));

    // The matched pair: the isochronal scan's equivalent aging time is 10^1.25 s.
    const ResultTable *matched =
        findResultTable(m_window->document()->results(), QStringLiteral("dsc_matched.csv"));
    QVERIFY(matched);
    QCOMPARE(matched->rowCount(), qsizetype(2));
    QCOMPARE(resultText(*matched, 0, QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(resultText(*matched, 1, QStringLiteral("status")), QStringLiteral("out_of_range"));
    const double equivalent = resultNumber(*matched, 0, QStringLiteral("t_a_equiv_s"));
    QVERIFY2(std::abs(std::log10(equivalent) - 1.25) < 0.03, qPrintable(QString::number(equivalent)));
    series->setKind(DscSeriesView::Kind::PathComparison);
    QCOMPARE(series->matchedTable()->model()->rowCount(), 2);
    QCOMPARE(plot->graphCount(), 2);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_matched.png")));
    m_panel->tabs()->setCurrentIndex(0);
}

void DscPanelTest::pathComparisonOfAMatchedPair()
{
    // A click on the pair in the list of the matched pairs opens its path comparison.
    DscSeriesView *series = m_panel->seriesView();
    m_panel->tabs()->setCurrentIndex(1);
    series->setKind(DscSeriesView::Kind::PathComparison);
    QTableView *list = series->matchedTable();
    QVERIFY(list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    QCOMPARE(series->kind(), DscSeriesView::Kind::MatchedPeaks);
    DscPathComparisonView *view = series->pathComparison();
    QVERIFY(view->isVisible());
    QCOMPARE(m_panel->currentPlot(), view->overlayPlot());
    const ResultTable &row =
        *findResultTable(m_window->document()->results(), QStringLiteral("dsc_matched.csv"));
    const DscMatchedPair &pair = view->shownPair();
    QCOMPARE(pair.row, 0);
    QVERIFY(pair.agreesWithTable);
    QCOMPARE(pair.isothermal.kind, EqualEnthalpyPeak::Kind::Interpolated);

    const double dH = resultNumber(row, 0, QStringLiteral("dH_uJ"));
    const double tpIsochronal = resultNumber(row, 0, QStringLiteral("Tp_isochronal_K"));
    const double fwhmIsochronal = resultNumber(row, 0, QStringLiteral("FWHM_isochronal_K"));
    const double tpIsothermal = resultNumber(row, 0, QStringLiteral("Tp_isothermal_K"));
    const double fwhmIsothermal = resultNumber(row, 0, QStringLiteral("FWHM_isothermal_K"));
    // The truth of the campaign: both peaks near 401 K, 2√(2 ln 2)·8 K = 18.84 K wide.
    QVERIFY2(std::abs(tpIsochronal - (kTp + 1)) < 0.5, qPrintable(QString::number(tpIsochronal)));
    QVERIFY2(std::abs(tpIsothermal - (kTp + 1)) < 0.5, qPrintable(QString::number(tpIsothermal)));
    const double fwhm = 2.0 * std::sqrt(2.0 * std::log(2.0)) * kSigma;
    QVERIFY(std::abs(fwhmIsochronal / fwhm - 1.0) < 0.03 && std::abs(fwhmIsothermal / fwhm - 1.0) < 0.03);

    // Side by side: one peak per plot, on the same axes.
    const std::vector<PlotSeries> isochronal = namedCurves(view->isochronalPlot());
    const std::vector<PlotSeries> isothermal = namedCurves(view->isothermalPlot());
    QCOMPARE(isochronal.size(), std::size_t(1));
    QCOMPARE(isothermal.size(), std::size_t(1));
    for (QCPAxis *CurvePlot::*axis : {&CurvePlot::xAxis, &CurvePlot::yAxis}) {
        QCOMPARE((view->isochronalPlot()->*axis)->range().lower,
                 (view->isothermalPlot()->*axis)->range().lower);
        QCOMPARE((view->isochronalPlot()->*axis)->range().upper,
                 (view->isothermalPlot()->*axis)->range().upper);
    }
    // The legends give ΔH, T_p and FWHM of the row: measured (isochronal), interpolated (isothermal).
    const QString dHText = QStringLiteral("ΔH = %1 µJ").arg(dH, 0, 'f', 3);
    for (const QString &part : {dHText, label("T_p", tpIsochronal, "K"), label("FWHM", fwhmIsochronal, "K")})
        QVERIFY2(isochronal.front().name.contains(part), qPrintable(isochronal.front().name + " / " + part));
    for (const QString &part : {dHText, label("T_p", tpIsothermal, "K"), label("FWHM", fwhmIsothermal, "K"),
                                QStringLiteral("(interpolated)")})
        QVERIFY2(isothermal.front().name.contains(part), qPrintable(isothermal.front().name + " / " + part));
    // Side by side, that text labels each plot above its axes.
    QCOMPARE(view->titleText(view->isochronalPlot()), isochronal.front().name);
    QCOMPARE(view->titleText(view->isothermalPlot()), isothermal.front().name);
    // The markers stand at the same numbers: T_p and the half-maximum width.
    double tp = 0, width = 0;
    peakMarkers(view->isochronalPlot(), tp, width);
    QVERIFY(std::abs(tp - tpIsochronal) < 1e-9 && std::abs(width - fwhmIsochronal) < 1e-9);
    peakMarkers(view->isothermalPlot(), tp, width);
    QVERIFY(std::abs(tp - tpIsothermal) < 1e-9 && std::abs(width - fwhmIsothermal) < 1e-9);
    // Equal ΔH: both drawn peaks enclose the row's ΔH. The isothermal curve is the blend of the
    // 10 s and 100 s scans; its area is exact for the piecewise-linear scans, so 1e-6 (rounding).
    QVERIFY2(std::abs(enthalpyOf(isothermal.front()) / dH - 1.0) < 1e-6,
             qPrintable(QStringLiteral("%1 vs %2").arg(enthalpyOf(isothermal.front())).arg(dH)));
    QVERIFY2(std::abs(enthalpyOf(isochronal.front()) / dH - 1.0) < 1e-6,
             qPrintable(QString::number(enthalpyOf(isochronal.front()))));
    // The note names the two measured scans the curve is interpolated from and their weights.
    QCOMPARE(pair.isothermal.parts.size(), std::size_t(2));
    QVERIFY(std::abs(pair.isothermal.parts[1].weight - 0.25) < 0.01);
    for (const char *part : {"ta10s", "ta100s", "t_a = 10 s", "t_a = 100 s", "not a measurement"})
        QVERIFY2(view->noteText().contains(QString::fromUtf8(part)), part);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_path_side.png")));

    // Overlaid: both peaks on one plot with the same legends.
    view->setOverlaid(true);
    QVERIFY(view->overlayPlot()->isVisible() && !view->isochronalPlot()->isVisible());
    const std::vector<PlotSeries> both = namedCurves(view->overlayPlot());
    QCOMPARE(both.size(), std::size_t(2));
    QCOMPARE(both[0].name, isochronal.front().name);
    QCOMPARE(both[1].name, isothermal.front().name);
    QCOMPARE(both[1].y, isothermal.front().y);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_path_overlay.png")));
    view->setOverlaid(false);

    // The second pair lies above the series (out_of_range): the 1000 s scan, labelled as the
    // nearest measured scan with its own numbers from dsc_peaks.csv.
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(view->shownPair().row, 1);
    QCOMPARE(view->shownPair().isothermal.kind, EqualEnthalpyPeak::Kind::NearestScan);
    const ResultTable &peaks =
        *findResultTable(m_window->document()->results(), QStringLiteral("dsc_peaks.csv"));
    qsizetype longest = -1;
    for (qsizetype r = 0; r < peaks.rowCount(); ++r)
        if (resultNumber(peaks, r, QStringLiteral("t_a_s")) == 1000.0)
            longest = r;
    QVERIFY(longest >= 0);
    const QString name = namedCurves(view->isothermalPlot()).front().name;
    for (const QString &part : {QStringLiteral("t_a = 1000 s"), QStringLiteral("nearest measured scan"),
                                label("T_p", resultNumber(peaks, longest, QStringLiteral("Tp_K")), "K"),
                                label("FWHM", resultNumber(peaks, longest, QStringLiteral("FWHM_K")), "K")})
        QVERIFY2(name.contains(part), qPrintable(name + " / " + part));
    QVERIFY(view->noteText().contains(QStringLiteral("nearest")));
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_path_nearest.png")));
    QVERIFY2(std::abs(enthalpyOf(namedCurves(view->isothermalPlot()).front()) /
                          resultNumber(peaks, longest, QStringLiteral("dH_uJ")) -
                      1.0) < 1e-6,
             "the nearest scan is drawn as measured");
    m_panel->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(DscPanelTest)
#include "tst_dsc_panel.moc"
