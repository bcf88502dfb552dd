// The stress-relaxation panel (issue 7, GUI): a curve that is exactly σ/σ0 = exp[−(t/τ)^β] is
// opened in the window; the panel shows its KWW fit (β, τ) and the fit window; dragging the
// window's lower edge with the mouse is one undoable setting that refits the curve in the panel
// and in sr_kww.csv, and undo brings the original fit back.
#include "MainWindow.h"
#include "PanelTestSupport.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "models/ResultTableValues.h"
#include "panels/relaxation/RelaxationAgingView.h"
#include "panels/relaxation/RelaxationCurveView.h"
#include "panels/relaxation/RelaxationPanel.h"
#include "plot/CurvePlot.h"

#include <QAction>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
constexpr double kTau = 37.0; // s
constexpr double kBeta = 0.42;
constexpr double kSigma0 = 50.0; // MPa

/// t = 0 and 200 times from 10 ms to 10⁵ s, logarithmically spaced.
QByteArray relaxationCsv()
{
    QByteArray csv = "Time (s),Stress (MPa)\n0," + QByteArray::number(kSigma0, 'g', 17) + "\n";
    for (int i = 0; i < 200; ++i) {
        const double t = 1e-2 * std::pow(1e7, i / 199.0);
        csv += QByteArray::number(t, 'g', 17) + ',' +
               QByteArray::number(kSigma0 * std::exp(-std::pow(t / kTau, kBeta)), 'g', 17) + '\n';
    }
    return csv;
}

const ResultTable *kwwTable(const Document &document)
{
    return findResultTable(document.results(), QStringLiteral("sr_kww.csv"));
}

double kwwNumber(const Document &document, const char *column)
{
    const ResultTable *table = kwwTable(document);
    return table ? resultNumber(*table, 0, QString::fromLatin1(column)) : std::nan("");
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}
} // namespace

class RelaxationPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheKnownFit();
    void editingTheFitWindowIsUndoable();
    void agingPlotsDraw();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RelaxationPanel *m_panel = nullptr;
};

void RelaxationPanelTest::initTestCase()
{
    test::initPanelTestApplication(QStringLiteral("tst_relaxation_panel"));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::writeBytes(m_dir.filePath(QStringLiteral("ps_ta100s.csv")), relaxationCsv()));
    const QString manifest = m_dir.filePath(QStringLiteral("campaign.csv"));
    QVERIFY(test::writeBytes(manifest, "file,technique,sample,path,T_a_K,t_a_s\n"
                                       "ps_ta100s.csv,stress_relaxation,PS,isothermal,380,100\n"));
    m_window = test::openCampaignWindow(manifest);
    QVERIFY(m_window);
    m_panel = test::bringPanelToFront<RelaxationPanel>(*m_window);
    QVERIFY(m_panel);
}

void RelaxationPanelTest::showsTheKnownFit()
{
    QCOMPARE(m_panel->shownDataset(), QStringLiteral("ps_ta100s.csv#1"));
    const auto &fit = m_panel->shownFit();
    QVERIFY(fit);
    QVERIFY2(fit->ok(), qPrintable(fit->status + QStringLiteral(": ") + fit->message));
    QVERIFY(std::abs(fit->kww.beta - kBeta) < 1e-4);
    QVERIFY(std::abs(fit->kww.tau / kTau - 1.0) < 1e-4);
    // The same fit as the campaign's table, which the panel lists.
    QCOMPARE(kwwNumber(*m_window->document(), "beta"), fit->kww.beta);
    QCOMPARE(m_panel->fitTable()->rowCount(), 1);
    QCOMPARE(m_panel->fitTable()->item(0, 3)->text(), QString::number(fit->kww.beta, 'f', 4));
    // The Properties dock lists the current curve's row of sr_kww.csv, β as the table wrote it.
    const auto shown = test::propertiesResults(*m_window, QStringLiteral("sr_kww.csv"));
    QCOMPARE(shown.size(), 1);
    const QString beta = shown.front().value(QStringLiteral("beta"));
    QCOMPARE(beta, kwwTable(*m_window->document())->text(0, QStringLiteral("beta")));
    QVERIFY(std::abs(beta.toDouble() - kBeta) < 1e-4);
    // Data and fit on a log time axis; the window spans the fitted times.
    CurvePlot *plot = m_panel->curveView()->curvePlot();
    QVERIFY(plot->isLogScale(Qt::Horizontal));
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->verticalLineX(RelaxationCurveView::windowLowId()), fit->fitTimes.front());
    QCOMPARE(plot->verticalLineX(RelaxationCurveView::windowHighId()), fit->fitTimes.back());
    QCOMPARE(m_panel->curveView()->residualPlot()->graphCount(), 2); // residuals and the zero line
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("relaxation_curve.png")));
}

void RelaxationPanelTest::editingTheFitWindowIsUndoable()
{
    Document *document = m_window->document();
    const double pointsBefore = kwwNumber(*document, "n_points");
    const QByteArray tableBefore = kwwTable(*document)->toCsv();
    const int commands = document->undoStack()->count();
    const std::vector<double> times = m_panel->shownFit()->fitTimes;

    // Drag the lower edge of the window to t = 1 s.
    CurvePlot *plot = m_panel->curveView()->curvePlot();
    plot->replot();
    const double from = plot->xAxis->coordToPixel(plot->verticalLineX(RelaxationCurveView::windowLowId()));
    const double to = plot->xAxis->coordToPixel(1.0);
    const double y = plot->axisRect()->center().y();
    sendMouse(plot, QEvent::MouseButtonPress, QPointF(from + 1, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, QPointF(to, y), Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, QPointF(to, y), Qt::NoButton);

    QCOMPARE(document->undoStack()->count(), commands + 1);
    const auto window = document->settings().get(QStringLiteral("ps_ta100s.csv#1"), settings::kFitWindowS);
    QVERIFY(window);
    QVERIFY2(std::abs(std::log10(window->low)) < 0.05, qPrintable(QString::number(window->low)));
    QCOMPARE(window->high, times.back());
    // Fewer points are fitted, in the panel and in the table (the exact curve keeps β and τ).
    const auto inside = std::count_if(times.begin(), times.end(), [&](double t) { return t >= window->low; });
    QTRY_COMPARE_WITH_TIMEOUT(kwwNumber(*document, "n_points"), double(inside), 30000);
    QVERIFY(kwwNumber(*document, "n_points") < pointsBefore);
    m_panel->redrawNow();
    QCOMPARE(m_panel->shownFit()->fitTimes.size(), std::size_t(inside));
    QVERIFY(m_panel->shownFit()->fitTimes.front() >= window->low);
    QVERIFY(std::abs(m_panel->shownFit()->kww.beta - kBeta) < 1e-4);

    // Undo: the window goes back to every point.
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!document->settings().get(QStringLiteral("ps_ta100s.csv#1"), settings::kFitWindowS));
    QTRY_COMPARE_WITH_TIMEOUT(kwwNumber(*document, "n_points"), pointsBefore, 30000);
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    QCOMPARE(kwwTable(*document)->toCsv(), tableBefore);
    m_panel->redrawNow();
    QCOMPARE(m_panel->shownFit()->fitTimes, times);
}

void RelaxationPanelTest::agingPlotsDraw()
{
    // One curve: β against t_a has one point at t_a = 100 s on a log axis.
    m_panel->tabs()->setCurrentIndex(1);
    RelaxationAgingView *aging = m_panel->agingView();
    aging->setKind(RelaxationAgingView::Kind::BetaVsAgingTime);
    QCOMPARE(m_panel->currentPlot(), aging->plot());
    QCOMPARE(aging->plot()->graphCount(), 1);
    QVERIFY(aging->plot()->isLogScale(Qt::Horizontal));
    QCOMPARE(aging->plot()->seriesData().front().x, std::vector<double>{100.0});
    QCOMPARE(aging->plot()->seriesData().front().y,
             std::vector<double>{kwwNumber(*m_window->document(), "beta")});
    aging->setKind(RelaxationAgingView::Kind::TauVsAgingTime);
    QVERIFY(aging->plot()->isLogScale(Qt::Vertical));
    QCOMPARE(aging->plot()->seriesData().front().y,
             std::vector<double>{kwwNumber(*m_window->document(), "tau_s")});
    m_panel->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(RelaxationPanelTest)
#include "tst_relaxation_panel.moc"
