// The technique panels on the simulated demo campaign (the generator's `small` campaign, as a
// new user first sees it): every series plot of the DSC, stress-relaxation and nanoindentation
// panels draws the campaign's results. With GLASSBENCH_SCREENSHOT_DIR set, each view is saved
// as a PNG there for a person to look at.
#include "EventLoopWatch.h"
#include "MainWindow.h"
#include "PanelTestSupport.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "models/ResultTableValues.h"
#include "panels/dsc/DscPanel.h"
#include "panels/dsc/DscSeriesView.h"
#include "panels/indentation/IndentStatisticsView.h"
#include "panels/indentation/IndentationPanel.h"
#include "panels/relaxation/RelaxationAgingView.h"
#include "panels/relaxation/RelaxationPanel.h"
#include "plot/CurvePlot.h"

#include <QTabWidget>
#include <QtTest>

using namespace gb;

namespace {
void screenshot(QWidget *widget, const QString &name)
{
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

qsizetype rowsOf(const Document &document, const char *table)
{
    const ResultTable *t = findResultTable(document.results(), QString::fromLatin1(table));
    return t ? t->rowCount() : 0;
}
} // namespace

class DemoPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dscViewsDraw();
    void relaxationViewsDraw();
    void indentationViewsDraw();

private:
    std::unique_ptr<MainWindow> m_window;
};

void DemoPanelTest::initTestCase()
{
    test::initPanelTestApplication(QStringLiteral("tst_demo_panel"));
    qunsetenv("GLASSBENCH_DEMO_DIR");
    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->resize(1600, 1000);
    m_window->show();
    // Simulating, reading and analysing the campaign leave the event loop free throughout.
    test::EventLoopWatch watch;
    watch.start();
    QSignalSpy finished(m_window->controller(), &ProjectController::loadFinished);
    QVERIFY(m_window->controller()->openDemo());
    QVERIFY(finished.wait(300000));
    QVERIFY(finished.front().front().toBool());
    QVERIFY(m_window->jobs()->waitForIdle(300000));
    watch.stop();
    qInfo("opening the demo campaign: %s", qPrintable(watch.summary()));
    const QString stall = watch.stallOver(100.0);
    QVERIFY2(stall.isEmpty(), qPrintable(stall));
    const Document &document = *m_window->document();
    for (const char *table : {"dsc_peaks.csv", "dsc_matched.csv", "sr_kww.csv", "sr_aging.csv",
                              "ni_indents.csv", "ni_summary.csv"})
        QVERIFY2(rowsOf(document, table) > 0, table);
}

void DemoPanelTest::dscViewsDraw()
{
    auto *panel = m_window->findChild<DscPanel *>();
    QVERIFY(panel);
    m_window->panelTabs()->setCurrentWidget(panel);
    panel->redrawNow();
    QVERIFY(panel->shownScan().result);
    screenshot(panel, QStringLiteral("demo_dsc_scan"));
    panel->tabs()->setCurrentIndex(1);
    using Kind = DscSeriesView::Kind;
    const bool kissinger = rowsOf(*m_window->document(), "dsc_kissinger.csv") > 0;
    for (Kind kind : {Kind::EnthalpyVsCoolingRate, Kind::EnthalpyVsAgingTime, Kind::FwhmVsEnthalpy,
                      Kind::Kissinger, Kind::EnergyVsEnthalpy, Kind::PathComparison, Kind::MatchedPeaks}) {
        panel->seriesView()->setKind(kind);
        if ((kind == Kind::Kissinger || kind == Kind::EnergyVsEnthalpy) && !kissinger)
            continue;
        QVERIFY2(panel->seriesView()->plot()->graphCount() > 0, qPrintable(QString::number(int(kind))));
        screenshot(panel, QStringLiteral("demo_dsc_series_%1").arg(int(kind)));
    }
    panel->tabs()->setCurrentIndex(0);
}

void DemoPanelTest::relaxationViewsDraw()
{
    auto *panel = m_window->findChild<RelaxationPanel *>();
    QVERIFY(panel);
    m_window->panelTabs()->setCurrentWidget(panel);
    panel->redrawNow();
    QVERIFY(panel->shownFit() && panel->shownFit()->hasValues());
    screenshot(panel, QStringLiteral("demo_relaxation_curve"));
    panel->tabs()->setCurrentIndex(1);
    using Kind = RelaxationAgingView::Kind;
    for (Kind kind :
         {Kind::BetaVsAgingTime, Kind::TauVsAgingTime, Kind::Arrhenius, Kind::EnergyVsAgingTime}) {
        panel->agingView()->setKind(kind);
        QVERIFY2(panel->agingView()->plot()->graphCount() > 0, qPrintable(QString::number(int(kind))));
        screenshot(panel, QStringLiteral("demo_relaxation_aging_%1").arg(int(kind)));
    }
    panel->tabs()->setCurrentIndex(0);
}

void DemoPanelTest::indentationViewsDraw()
{
    auto *panel = m_window->findChild<IndentationPanel *>();
    QVERIFY(panel);
    m_window->panelTabs()->setCurrentWidget(panel);
    panel->redrawNow();
    QVERIFY(panel->shownResult());
    screenshot(panel, QStringLiteral("demo_indent"));
    panel->tabs()->setCurrentIndex(1);
    using Kind = IndentStatisticsView::Kind;
    for (Kind kind : {Kind::Histograms, Kind::Cumulative, Kind::MeanVsAgingTime, Kind::FwhmVsAgingTime}) {
        panel->statisticsView()->setKind(kind);
        QVERIFY2(panel->statisticsView()->plot()->graphCount() > 0, qPrintable(QString::number(int(kind))));
        screenshot(panel, QStringLiteral("demo_indent_statistics_%1").arg(int(kind)));
    }
    panel->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(DemoPanelTest)
#include "tst_demo_panel.moc"
