// The nanoindentation panel (issue 8, GUI): an indent array of three Hertzian loading curves with
// a displacement burst at a known load is opened in the window; the panel shows the current
// indent's Hertz fit and first pop-in; rejecting it is one undoable setting that leaves it out of
// ni_indents.csv's statistics and ni_summary.csv, and undo brings it back.
#include "MainWindow.h"
#include "PanelTestSupport.h"
#include "analysis/tst_indentation_support.h"
#include "document/Document.h"
#include "document/JobRunner.h"
#include "models/ResultTableValues.h"
#include "panels/indentation/IndentStatisticsView.h"
#include "panels/indentation/IndentView.h"
#include "panels/indentation/IndentationPanel.h"
#include "plot/CurvePlot.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
const double kBurstLoads[] = {300.0, 320.0, 340.0}; // µN, one per indent
constexpr double kModulus = 100.0;                  // GPa

QByteArray indentCsv(int i)
{
    test::SyntheticIndent s;
    s.reducedModulusGpa = kModulus;
    s.burstLoads = {kBurstLoads[i]};
    s.loadNoise = 0.05;
    s.depthNoise = 0.02;
    s.seed = unsigned(7 + i);
    const test::IndentCurve c = test::makeLoadControlledIndent(s);
    QByteArray csv = "Time (s),Depth (nm),Load (µN)\n";
    for (std::size_t k = 0; k < c.depth.size(); ++k)
        csv += QByteArray::number(c.time[k], 'g', 12) + ',' + QByteArray::number(c.depth[k], 'g', 12) + ',' +
               QByteArray::number(c.load[k], 'g', 12) + '\n';
    return csv;
}

const ResultTable *table(const Document &document, const char *name)
{
    return findResultTable(document.results(), QString::fromLatin1(name));
}
} // namespace

class IndentationPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheKnownPopIn();
    void rejectingIsUndoable();
    void statisticsDraw();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    IndentationPanel *m_panel = nullptr;
};

void IndentationPanelTest::initTestCase()
{
    test::initPanelTestApplication(QStringLiteral("tst_indentation_panel"));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("array")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            test::writeBytes(m_dir.filePath(QStringLiteral("array/indent_%1.csv").arg(i + 1)), indentCsv(i)));
    const QString manifest = m_dir.filePath(QStringLiteral("campaign.csv"));
    QVERIFY(test::writeBytes(manifest, "file,technique,sample,path,T_a_K,t_a_s,tip_radius_nm\n"
                                       "array,nanoindentation,AuMG,isothermal,393,60,1000\n"));
    m_window = test::openCampaignWindow(manifest);
    QVERIFY(m_window);
    m_panel = test::bringPanelToFront<IndentationPanel>(*m_window);
    QVERIFY(m_panel);
}

void IndentationPanelTest::showsTheKnownPopIn()
{
    QCOMPARE(m_panel->indents().size(), 3);
    QCOMPARE(m_panel->shownIndent().index, 0);
    const auto &result = m_panel->shownResult();
    QVERIFY(result);
    QVERIFY2(result->status == QLatin1String("ok"), qPrintable(result->status + u' ' + result->message));
    QVERIFY(result->hasPopIn());
    QVERIFY2(std::abs(result->firstPopIn()->loadMicroNewton / kBurstLoads[0] - 1.0) < 0.02,
             qPrintable(QString::number(result->firstPopIn()->loadMicroNewton)));
    QVERIFY(std::abs(result->hertz.reducedModulus / kModulus - 1.0) < 0.03);
    // The panel's analysis is the campaign's: the same τc as ni_indents.csv, listed in the table.
    QCOMPARE(resultNumber(*table(*m_window->document(), "ni_indents.csv"), 0, QStringLiteral("tau_c_GPa")),
             result->tauCGpa);
    QCOMPARE(m_panel->indentTable()->rowCount(), 3);
    // Rows are named by the indent's own file, the array folder stays in the tooltip.
    const QString fileCell =
        resultText(*table(*m_window->document(), "ni_indents.csv"), 1, QStringLiteral("file"));
    QVERIFY(fileCell.contains(u'#'));
    QCOMPARE(m_panel->indentTable()->item(1, 0)->text(), fileCell.section(u'#', -1));
    QCOMPARE(m_panel->indentTable()->item(1, 0)->toolTip(), fileCell);
    // Curve, Hertz fit and the first pop-in.
    QCOMPARE(m_panel->indentView()->plot()->graphCount(), 3);
    // Next and previous walk through the array.
    m_panel->step(1);
    QCOMPARE(m_panel->shownIndent().index, 1);
    QVERIFY(std::abs(m_panel->shownResult()->firstPopIn()->loadMicroNewton / kBurstLoads[1] - 1.0) < 0.02);
    QCOMPARE(m_window->document()->currentCurve().index, 1);
    // The Properties dock lists that indent's row of ni_indents.csv.
    const auto shown = test::propertiesResults(*m_window, QStringLiteral("ni_indents.csv"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.front().value(QStringLiteral("P_popin_uN")),
             table(*m_window->document(), "ni_indents.csv")->text(1, QStringLiteral("P_popin_uN")));
    m_panel->step(-1);
    QCOMPARE(m_panel->shownIndent().index, 0);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("indent.png")));
}

void IndentationPanelTest::rejectingIsUndoable()
{
    Document *document = m_window->document();
    const QByteArray indentsBefore = table(*document, "ni_indents.csv")->toCsv();
    const QByteArray summaryBefore = table(*document, "ni_summary.csv")->toCsv();
    QCOMPARE(resultNumber(*table(*document, "ni_summary.csv"), 0, QStringLiteral("n_popin")), 3.0);
    const int commands = document->undoStack()->count();

    QPushButton *reject = m_panel->indentView()->rejectButton();
    QVERIFY(!reject->isChecked());
    reject->click();
    QCOMPARE(document->undoStack()->count(), commands + 1);
    QCOMPARE(document->settings().get(QStringLiteral("array#1"), settings::kRejectedCurves), QList<int>{1});
    QTRY_COMPARE_WITH_TIMEOUT(resultText(*table(*document, "ni_indents.csv"), 0, QStringLiteral("status")),
                              QStringLiteral("rejected"), 30000);
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    const ResultTable *summary = table(*document, "ni_summary.csv");
    QCOMPARE(resultNumber(*summary, 0, QStringLiteral("n_rejected")), 1.0);
    QCOMPARE(resultNumber(*summary, 0, QStringLiteral("n_popin")), 2.0);
    // Mean τc is now that of the two indents left.
    const ResultTable *indents = table(*document, "ni_indents.csv");
    const double mean = (resultNumber(*indents, 1, QStringLiteral("tau_c_GPa")) +
                         resultNumber(*indents, 2, QStringLiteral("tau_c_GPa"))) /
                        2;
    QVERIFY(std::abs(resultNumber(*summary, 0, QStringLiteral("tau_c_mean_GPa")) / mean - 1.0) < 1e-12);
    m_panel->redrawNow();
    QVERIFY(reject->isChecked());
    QVERIFY(m_panel->indentView()->summaryText().contains(QLatin1String("ok"))); // still drawn, greyed

    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!document->settings().get(QStringLiteral("array#1"), settings::kRejectedCurves));
    QTRY_COMPARE_WITH_TIMEOUT(resultText(*table(*document, "ni_indents.csv"), 0, QStringLiteral("status")),
                              QStringLiteral("ok"), 30000);
    QVERIFY(m_window->jobs()->waitForIdle(60000));
    QCOMPARE(table(*document, "ni_indents.csv")->toCsv(), indentsBefore);
    QCOMPARE(table(*document, "ni_summary.csv")->toCsv(), summaryBefore);
    m_panel->redrawNow();
    QVERIFY(!reject->isChecked());
}

void IndentationPanelTest::statisticsDraw()
{
    m_panel->tabs()->setCurrentIndex(1);
    IndentStatisticsView *view = m_panel->statisticsView();
    view->setKind(IndentStatisticsView::Kind::MeanVsAgingTime);
    QCOMPARE(m_panel->currentPlot(), view->plot());
    QCOMPARE(view->plot()->graphCount(), 1);
    QCOMPARE(view->plot()->seriesData().front().x, std::vector<double>{60.0});
    QCOMPARE(view->plot()->seriesData().front().y,
             std::vector<double>{resultNumber(*table(*m_window->document(), "ni_summary.csv"), 0,
                                              QStringLiteral("tau_c_mean_GPa"))});
    view->setKind(IndentStatisticsView::Kind::Histograms);
    if (const QByteArray dir = qgetenv("GLASSBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("indent_statistics.png")));
    view->setKind(IndentStatisticsView::Kind::Cumulative);
    QCOMPARE(view->plot()->seriesData().front().x.size(), std::size_t(3));
    m_panel->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(IndentationPanelTest)
#include "tst_indentation_panel.moc"
