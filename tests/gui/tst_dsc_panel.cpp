// The DSC panel (issue 6, GUI): a campaign whose relaxation peak is an exact Gaussian is opened
// in the window; the panel shows its ΔH, T_p and FWHM; dragging the upper integration limit with
// the mouse is one undoable setting that changes ΔH in the panel and in dsc_peaks.csv, and undo
// brings the original numbers back.
#include "MainWindow.h"
#include "ProjectController.h"
#include "Translations.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "io/writers/StareExportWriter.h"
#include "models/ResultTableValues.h"
#include "panels/dsc/DscPanel.h"
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
/// the reference), written negative: STARe plots endothermic down.
StareCurve heatingScan(const QString &name, double height)
{
    StareCurve curve;
    curve.name = name;
    for (double T = 300.0; T <= 480.0 + 1e-9; T += 0.05) {
        const double peak = height * std::exp(-0.5 * std::pow((T - kTp) / kSigma, 2));
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
} // namespace

class DscPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheKnownPeak();
    void draggingALimitIsUndoable();
    void seriesPlotsDraw();

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
    // Isothermal anneals of 10, 100 and 1000 s (ΔH ∝ peak height) and one isochronal scan whose
    // ΔH lies a quarter of the way from 10 s to 100 s: its equivalent aging time is 10^1.25 s.
    data.curves = {heatingScan(QStringLiteral("reference  Seg 3"), 0.0),
                   heatingScan(QStringLiteral("Ta385 ta10s  Seg 7"), kHeight),
                   heatingScan(QStringLiteral("Ta385 ta100s  Seg 11"), 0.07),
                   heatingScan(QStringLiteral("Ta385 ta1000s  Seg 15"), 0.09),
                   heatingScan(QStringLiteral("phi10  Seg 19"), 0.055)};
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
              "protocol.txt,5,dsc,AuMG,isochronal,385,,10,1000,484\n");
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
    QCOMPARE(m_panel->peakTable()->rowCount(), 4);
    QCOMPARE(m_panel->peakTable()->item(0, 5)->text(), QString::number(peak.enthalpyUj, 'f', 4));
    QVERIFY(m_panel->scanView()->summaryText().contains(QString::number(peak.peakTemperatureK, 'f', 2)));
    // Relaxed and reference traces above; difference, baseline and the filled area below.
    QCOMPARE(m_panel->scanView()->tracesPlot()->graphCount(), 2);
    QVERIFY(m_panel->scanView()->differencePlot()->graphCount() >= 4);
    CurvePlot *plot = m_panel->scanView()->differencePlot();
    QCOMPARE(plot->verticalLineX(DscScanView::upperLimitId()), peak.upperLimitK);
    QCOMPARE(plot->verticalLineX(DscScanView::lowerLimitId()), peak.lowerLimitK);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_scan.png")));
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

    // The matched pair: the isochronal scan's equivalent aging time is 10^1.25 s, and the overlay
    // shows its peak with the isothermal scan of nearest ΔH (t_a = 10 s).
    const ResultTable *matched =
        findResultTable(m_window->document()->results(), QStringLiteral("dsc_matched.csv"));
    QVERIFY(matched);
    QCOMPARE(matched->rowCount(), qsizetype(1));
    QCOMPARE(resultText(*matched, 0, QStringLiteral("status")), QStringLiteral("ok"));
    const double equivalent = resultNumber(*matched, 0, QStringLiteral("t_a_equiv_s"));
    QVERIFY2(std::abs(std::log10(equivalent) - 1.25) < 0.03, qPrintable(QString::number(equivalent)));
    series->setKind(DscSeriesView::Kind::PathComparison);
    QCOMPARE(series->matchedTable()->model()->rowCount(), 1);
    QCOMPARE(plot->graphCount(), 2);
    series->setKind(DscSeriesView::Kind::MatchedPeaks);
    QCOMPARE(plot->graphCount(), 2);
    QVERIFY(plot->graph(0)->name().startsWith(QStringLiteral("isochronal, φ = 10 K/s")));
    QVERIFY(plot->graph(1)->name().startsWith(QStringLiteral("isothermal, t_a = 10 s")));
    // Both peaks at T_p = 400 K: the maxima of the overlaid curves.
    for (const PlotSeries &peak : plot->seriesData()) {
        const auto top = std::max_element(peak.y.begin(), peak.y.end());
        QVERIFY(std::abs(peak.x[std::size_t(top - peak.y.begin())] - kTp) < 0.5);
    }
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("dsc_matched.png")));
    m_panel->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(DscPanelTest)
#include "tst_dsc_panel.moc"
