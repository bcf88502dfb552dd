// The Simplified Chinese translation: every message of translations/glassbench_zh_CN.ts is
// translated, it is compiled into the program, and with it installed no English text is left
// in the main window, its docks, menus and panels, or the dialogs.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/ExtractFromNamesDialog.h"
#include "dialogs/PlotExportDialog.h"
#include "dialogs/RawFilesDialog.h"
#include "docks/PropertiesView.h"
#include "document/Document.h"
#include "document/JobRunner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace gb;

class TranslationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMessageIsTranslated();
    void translationIsEmbedded();
    void mainWindowHasNoEnglishLeft();
    void dialogsHaveNoEnglishLeft();

private:
    void collect(QWidget *root, QStringList &texts) const;
    QStringList englishLeft(const QStringList &texts) const;
    QSet<QString> m_sourceWords;
    QTemporaryDir m_dir;
    int m_messages = 0;
};

namespace {
bool hasCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}
} // namespace

void TranslationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile ts(QStringLiteral(GLASSBENCH_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    // English words of the source texts: what must not appear untranslated on screen. Names and
    // abbreviations that stay as they are in Chinese text are left out.
    static const QSet<QString> keep = {QStringLiteral("glassbench"),
                                       QStringLiteral("pdf"),
                                       QStringLiteral("svg"),
                                       QStringLiteral("png"),
                                       QStringLiteral("csv"),
                                       QStringLiteral("dsc"),
                                       QStringLiteral("dpi"),
                                       QStringLiteral("sha"),
                                       QStringLiteral("qcustomplot"),
                                       QStringLiteral("gnu"),
                                       QStringLiteral("gpl"),
                                       QStringLiteral("demo_dir"),
                                       QStringLiteral("glassbench_demo_dir")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            ++m_messages;
            const QString source = xml.readElementText();
            for (auto it = word.globalMatch(source); it.hasNext();) {
                const QString w = it.next().captured().toLower();
                if (!keep.contains(w))
                    m_sourceWords.insert(w);
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(m_messages > 200);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")),
             QStringLiteral("zh_CN"));
}

void TranslationTest::everyMessageIsTranslated()
{
    QFile ts(QStringLiteral(GLASSBENCH_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList missing;
    int translated = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                missing << source;
            else
                ++translated;
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    QCOMPARE(translated, m_messages);
}

void TranslationTest::translationIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/glassbench_zh_CN.qm")));
    QCOMPARE(QCoreApplication::translate("gb::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    // Core messages reach their translation through the fallback context.
    QVERIFY(hasCjk(QCoreApplication::translate("ProjectFile", "not a Glassbench project file")));
}

void TranslationTest::collect(QWidget *root, QStringList &texts) const
{
    texts << root->windowTitle() << root->toolTip();
    for (QAction *action : root->findChildren<QAction *>()) {
        if (!action->isSeparator() && action->menu() == nullptr && !action->text().isEmpty())
            texts << action->text() << action->toolTip();
        if (action->menu())
            texts << action->menu()->title();
    }
    for (QDockWidget *dock : root->findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (QLabel *label : root->findChildren<QLabel *>())
        if (!label->property("gbData")
                 .toBool()) // labels that show data (a file name) are not text to translate
            texts << label->text() << label->toolTip();
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->placeholderText() << edit->toolTip();
    // Result-table file names (dsc_kissinger.csv, ni_summary.csv) are identifiers, like the
    // column names below: the same in every language.
    static const QRegularExpression tableFile(QStringLiteral("^[a-z][a-z0-9_]*\\.csv$"));
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            if (!tableFile.match(combo->itemText(i)).hasMatch())
                texts << combo->itemText(i);
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        // Column headers that are manifest or result-table column names (interfaces.md: T_a_K,
        // dH_J_per_g, sample, ...) are identifiers, the same as in the CSV files; they stay as
        // they are. Any other header is text to translate.
        static const QRegularExpression identifier(
            QStringLiteral("^([a-z][a-z0-9]*|[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+)$"));
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            const QString header = view->model()->headerData(c, Qt::Horizontal).toString();
            if (!identifier.match(header).hasMatch())
                texts << header;
        }
    }
    for (QTreeWidget *tree : root->findChildren<QTreeWidget *>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts << tree->topLevelItem(i)->text(0);
}

QStringList TranslationTest::englishLeft(const QStringList &texts) const
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    QStringList left;
    for (QString text : texts) {
        text.remove(markup);
        if (text.trimmed().isEmpty() || hasCjk(text))
            continue;
        for (auto it = word.globalMatch(text); it.hasNext();)
            if (m_sourceWords.contains(it.next().captured().toLower())) {
                left << text;
                break;
            }
    }
    left.removeDuplicates();
    return left;
}

void TranslationTest::mainWindowHasNoEnglishLeft()
{
    qputenv("GLASSBENCH_DEMO_DIR", QDir(m_dir.path()).filePath(QStringLiteral("demo")).toUtf8());
    test::writeSmallCampaign(QDir(m_dir.path()).filePath(QStringLiteral("demo")));
    MainWindow window(test::xyTestRegistry());
    window.controller()->setInteractive(false);
    window.show();
    QStringList texts;
    collect(&window, texts);
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        texts << menu->title();
    QStringList left = englishLeft(texts);
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("English left in the empty window: ") + left.join(" | ")));

    // With the demo open and a dataset current, the docks show more.
    QSignalSpy finished(window.controller(), &ProjectController::loadFinished);
    QVERIFY(window.controller()->openDemo());
    QVERIFY(finished.wait(30000));
    window.jobs()->waitForIdle();
    Document *document = window.document();
    document->setSelection(document->curvesOf(QStringLiteral("array#1")));
    document->setCurrentCurve(CurveRef{QStringLiteral("array#1"), 1});
    document->editCells(
        {CellEdit{QStringLiteral("array#1"), QStringLiteral("technique"), QStringLiteral("x")}},
        QStringLiteral("typo"));
    texts.clear();
    collect(&window, texts);
    QVERIFY(window.windowTitle().contains(QStringLiteral("模拟数据")));
    left = englishLeft(texts);
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("English left with a campaign open: ") + left.join(" | ")));
    document->undoStack()->setClean();
}

void TranslationTest::dialogsHaveNoEnglishLeft()
{
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("dialog.xy"));
    test::writeFile(file, test::xyTestFile({QString()}));
    const FileImport import = importPath(file, false, test::xyTestRegistry());
    QVERIFY(!import.error);
    Document document;
    Project project;
    project.rawFiles.push_back(RawFileRecord{QStringLiteral("a.xy"), file, {}, 0, {}, false, {}});
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<PlotExportDialog>(QStringLiteral("figure")));
    dialogs.push_back(std::make_unique<ExtractFromNamesDialog>(&document, QList<int>{}));
    dialogs.push_back(std::make_unique<ColumnMappingDialog>(file, *import.datasets.front()));
    dialogs.push_back(std::make_unique<RawFilesDialog>(
        project, std::vector<RawFileProblem>{{QStringLiteral("a.xy"), file, RawFileState::Missing},
                                             {QStringLiteral("b.xy"), file, RawFileState::Changed}}));
    dialogs.push_back(std::make_unique<SettingsDialog>());
    for (const auto &dialog : dialogs) {
        dialog->show();
        QStringList texts;
        collect(dialog.get(), texts);
        const QStringList left = englishLeft(texts);
        QVERIFY2(left.isEmpty(), qPrintable(dialog->metaObject()->className() + QStringLiteral(": ") +
                                            left.join(QStringLiteral(" | "))));
        QVERIFY(hasCjk(dialog->windowTitle()));
    }
}

QTEST_MAIN(TranslationTest)
#include "tst_translation.moc"
