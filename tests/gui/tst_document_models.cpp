// The document, its undoable commands and the item models over it (checked with
// QAbstractItemModelTester while they change), and the spreadsheet-style edits of the
// metadata table.
#include "GuiTestSupport.h"
#include "Translations.h"
#include "document/Document.h"
#include "io/ManifestFile.h"
#include "models/CampaignTreeModel.h"
#include "models/IssuesModel.h"
#include "models/MetadataTableModel.h"
#include "models/ResultTableModel.h"
#include "project/FileImport.h"
#include "support/Progress.h"
#include "table/SpreadsheetEdits.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace gb;

class DocumentModelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeGroupsSampleTechniquePathDataset();
    void treeRegroupsWhenMetadataChange();
    void metadataEditIsOneUndoableCommand();
    void readOnlyColumns();
    void fillDown();
    void fillDownSingleRowTakesCellAbove();
    void parsesSpreadsheetText_data();
    void parsesSpreadsheetText();
    void pasteBlockAndSingleValue();
    void extractFromNamesAddsColumnsInOneCommand();
    void settingsAreUndoable();
    void issuesPointAtTheirDataset();
    void addRowsIsUndoable();
    void resultTableModel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<CampaignTreeModel> m_tree;
    std::unique_ptr<MetadataTableModel> m_table;
    std::unique_ptr<IssuesModel> m_issues;
};

void DocumentModelsTest::initTestCase()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void DocumentModelsTest::init()
{
    QVERIFY(m_dir.isValid());
    const QString manifestPath = test::writeSmallCampaign(m_dir.path());
    Result<Manifest> manifest = readManifest(manifestPath);
    QVERIFY(manifest.ok());
    Progress progress;
    LoadedProject loaded = loadProject(projectFromManifest(*manifest), test::xyTestRegistry(), progress);
    m_document = std::make_unique<Document>();
    m_tree = std::make_unique<CampaignTreeModel>(m_document.get());
    m_table = std::make_unique<MetadataTableModel>(m_document.get());
    m_issues = std::make_unique<IssuesModel>(m_document.get());
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_tree.get(), m_table.get(), m_issues.get()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_document->load(std::move(loaded));
    QCOMPARE(m_document->rowCount(), 5);
}

void DocumentModelsTest::cleanup()
{
    m_testers.clear();
    m_tree.reset();
    m_table.reset();
    m_issues.reset();
    m_document.reset();
}

void DocumentModelsTest::treeGroupsSampleTechniquePathDataset()
{
    const CampaignTreeModel &tree = *m_tree;
    QCOMPARE(tree.rowCount(), 2); // AuMG, PdSi in order of appearance
    const QModelIndex aumg = tree.index(0, 0);
    QCOMPARE(aumg.data().toString(), QStringLiteral("AuMG"));
    QCOMPARE(tree.rowCount(aumg), 2); // DSC, Nanoindentation
    const QModelIndex dsc = tree.index(0, 0, aumg);
    QCOMPARE(dsc.data().toString(), QStringLiteral("DSC"));
    QCOMPARE(tree.rowCount(dsc), 2); // isothermal, reference
    const QModelIndex isothermal = tree.index(0, 0, dsc);
    QCOMPARE(isothermal.data().toString(), QStringLiteral("Isothermal"));
    QCOMPARE(tree.rowCount(isothermal), 2);
    const QModelIndex first = tree.index(0, 0, isothermal);
    QCOMPARE(first.data(CampaignTreeModel::RowIdRole).toString(), QStringLiteral("AuMG_Ta393_ta60s.xy#1"));
    QCOMPARE(first.data().toString(), QStringLiteral("AuMG_Ta393_ta60s.xy · relaxed — β 1000 K/s"));
    QCOMPARE(first.siblingAtColumn(CampaignTreeModel::PointsColumn).data().toLongLong(), 50);
    QCOMPARE(isothermal.siblingAtColumn(CampaignTreeModel::PointsColumn).data().toString(),
             QStringLiteral("2 curves"));

    // The indent array is one dataset with one item per indent.
    const QModelIndex indentation = tree.index(1, 0, aumg);
    QCOMPARE(indentation.data().toString(), QStringLiteral("Nanoindentation"));
    const QModelIndex array = tree.index(0, 0, tree.index(0, 0, indentation));
    QCOMPARE(array.data(CampaignTreeModel::RowIdRole).toString(), QStringLiteral("array#1"));
    QCOMPARE(tree.rowCount(array), 3);
    QCOMPARE(tree.index(2, 0, array).data().toString(), QStringLiteral("indent_00003.txt"));
    QCOMPARE(tree.index(2, CampaignTreeModel::PointsColumn, array).data().toLongLong(), 13);
    QCOMPARE(tree.curvesAt(array).size(), 3);
    QCOMPARE(tree.curvesAt(aumg).size(), 6);
    QCOMPARE(tree.indexOf(CurveRef{QStringLiteral("array#1"), 1}), tree.index(1, 0, array));
    QCOMPARE(tree.indexOf(CurveRef{QStringLiteral("AuMG_Ta393_ta600s.xy#1"), 0}),
             tree.index(1, 0, isothermal));
}

void DocumentModelsTest::treeRegroupsWhenMetadataChange()
{
    QSignalSpy reset(m_tree.get(), &QAbstractItemModel::modelReset);
    m_document->editCells({CellEdit{QStringLiteral("PdSi_Ta500_ta1.5s.xy#1"), QStringLiteral("sample"),
                                    QStringLiteral("AuMG")}},
                          QStringLiteral("move"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_tree->rowCount(), 1);
    QCOMPARE(m_tree->rowCount(m_tree->index(0, 0)), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_tree->rowCount(), 2);
}

void DocumentModelsTest::metadataEditIsOneUndoableCommand()
{
    const int tColumn = int(m_document->columns().indexOf(QStringLiteral("T_a_K")));
    const QModelIndex cell = m_table->index(0, tColumn);
    QVERIFY(m_table->flags(cell).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_table->setData(cell, QStringLiteral("393")));
    QCOMPARE(m_document->cell(0, QStringLiteral("T_a_K")), QStringLiteral("393"));
    QCOMPARE(cell.data().toString(), QStringLiteral("393"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->cell(0, QStringLiteral("T_a_K")), QString());
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(cell.data().toString(), QStringLiteral("393"));
    // Writing the same text again is no change.
    QVERIFY(!m_table->setData(cell, QStringLiteral("393")));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void DocumentModelsTest::readOnlyColumns()
{
    const QModelIndex file = m_table->index(0, int(m_document->columns().indexOf(QStringLiteral("file"))));
    QVERIFY(!m_table->flags(file).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_table->setData(file, QStringLiteral("other.xy")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_table->headerData(5, Qt::Horizontal, Qt::ToolTipRole).toString(),
             MetadataTableModel::columnDescription(m_document->columns().at(5)));
}

void DocumentModelsTest::fillDown()
{
    m_document->editCells({CellEdit{m_document->row(0).id, QStringLiteral("T_a_K"), QStringLiteral("393")}},
                          QStringLiteral("set"));
    const CellSelection selection{{0, 1, 2}, {QStringLiteral("T_a_K"), QStringLiteral("file")}};
    const QList<CellEdit> edits = fillDownEdits(*m_document, selection);
    QCOMPARE(edits.size(), 2); // file is read-only
    m_document->editCells(edits, QStringLiteral("Fill down"));
    QCOMPARE(m_document->undoStack()->count(), 2);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_document->cell(row, QStringLiteral("T_a_K")), QStringLiteral("393"));
    QCOMPARE(m_document->cell(3, QStringLiteral("T_a_K")), QStringLiteral("500"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->cell(2, QStringLiteral("T_a_K")), QString());
    QCOMPARE(m_document->cell(0, QStringLiteral("T_a_K")), QStringLiteral("393"));
}

void DocumentModelsTest::fillDownSingleRowTakesCellAbove()
{
    const QList<CellEdit> edits = fillDownEdits(*m_document, CellSelection{{4}, {QStringLiteral("T_a_K")}});
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits[0].rowId, QStringLiteral("array#1"));
    QCOMPARE(edits[0].value, QStringLiteral("500"));
    QVERIFY(fillDownEdits(*m_document, CellSelection{{0}, {QStringLiteral("T_a_K")}}).isEmpty());
}

void DocumentModelsTest::parsesSpreadsheetText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("excel crlf") << QStringLiteral("393\t60\r\n400\t600\r\n")
                                << QList<QStringList>{{"393", "60"}, {"400", "600"}};
    QTest::newRow("lf no final break")
        << QStringLiteral("a\tb\nc\td") << QList<QStringList>{{"a", "b"}, {"c", "d"}};
    QTest::newRow("quoted tab and break")
        << QStringLiteral("\"x\ty\"\t\"line 1\nline 2\"\n") << QList<QStringList>{{"x\ty", "line 1\nline 2"}};
    QTest::newRow("escaped quote") << QStringLiteral("\"say \"\"hi\"\"\"\n")
                                   << QList<QStringList>{{"say \"hi\""}};
    QTest::newRow("empty cells") << QStringLiteral("\t\t3\n") << QList<QStringList>{{"", "", "3"}};
}

void DocumentModelsTest::parsesSpreadsheetText()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QCOMPARE(parseSpreadsheetText(text), rows);
    QCOMPARE(parseSpreadsheetText(formatSpreadsheetText(rows)), rows);
}

void DocumentModelsTest::pasteBlockAndSingleValue()
{
    const int tColumn = int(m_document->columns().indexOf(QStringLiteral("T_a_K")));
    // A 3×2 block at row 2 of T_a_K: the third row falls on row 4, the fourth is outside.
    const QList<QStringList> block =
        parseSpreadsheetText(QStringLiteral("401\t10\n402\t20\n403\t30\n404\t40\n"));
    m_document->editCells(pasteEdits(*m_document, 2, tColumn, block), QStringLiteral("Paste"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->cell(2, QStringLiteral("T_a_K")), QStringLiteral("401"));
    QCOMPARE(m_document->cell(3, QStringLiteral("t_a_s")), QStringLiteral("20"));
    QCOMPARE(m_document->cell(4, QStringLiteral("T_a_K")), QStringLiteral("403"));
    // One value onto a selection fills every selected cell.
    const CellSelection selection{{0, 1}, {QStringLiteral("sample"), QStringLiteral("path")}};
    const QList<CellEdit> fill = pasteEdits(*m_document, 0, 0, {{QStringLiteral("X")}}, selection);
    QCOMPARE(fill.size(), 4);
    m_document->editCells(fill, QStringLiteral("Paste"));
    QCOMPARE(m_document->cell(1, QStringLiteral("path")), QStringLiteral("X"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->cell(1, QStringLiteral("path")), QStringLiteral("reference"));
}

void DocumentModelsTest::extractFromNamesAddsColumnsInOneCommand()
{
    const Result<NamePattern> pattern =
        NamePattern::compile(QStringLiteral("Ta(?<T_a_K>\\d+)_ta(?<t_a_s>[\\d.]+)s(?<note>_x)?"));
    QVERIFY(pattern.ok());
    int matched = 0;
    const QList<int> rows{0, 1, 2, 3, 4};
    const QList<CellEdit> edits =
        extractFromNamesEdits(*m_document, *pattern, NameSource::FileName, rows, &matched);
    QCOMPARE(matched, 4); // "array" does not match
    QCOMPARE(edits.size(), 8);
    QVERIFY(!m_document->columns().contains(QStringLiteral("note")));
    m_document->editCells(edits, QStringLiteral("Extract from names"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->cell(2, QStringLiteral("t_a_s")), QStringLiteral("600"));
    QCOMPARE(m_document->cell(3, QStringLiteral("t_a_s")), QStringLiteral("1.5"));
    QCOMPARE(m_document->cell(3, QStringLiteral("T_a_K")), QStringLiteral("500"));
    // Curve names: the two-curve file's curves are called "relaxed" and "reference".
    QCOMPARE(nameOfRow(*m_document, 1, NameSource::CurveName), QStringLiteral("reference"));
    QCOMPARE(nameOfRow(*m_document, 2, NameSource::CurveName), QStringLiteral("AuMG_Ta393_ta600s.xy"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->cell(2, QStringLiteral("t_a_s")), QString());
    // A group that adds a column adds it with the command and takes it back on undo.
    const Result<NamePattern> sample = NamePattern::compile(QStringLiteral("^(?<alloy>[A-Za-z]+)_"));
    m_document->editCells(extractFromNamesEdits(*m_document, *sample, NameSource::FileName, rows),
                          QStringLiteral("alloy"));
    QVERIFY(m_document->columns().contains(QStringLiteral("alloy")));
    QCOMPARE(m_document->cell(3, QStringLiteral("alloy")), QStringLiteral("PdSi"));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->columns().contains(QStringLiteral("alloy")));
    QVERIFY(!m_document->row(3).row.cells.contains(QStringLiteral("alloy")));
}

void DocumentModelsTest::settingsAreUndoable()
{
    const QString id = QStringLiteral("array#1");
    QSignalSpy changed(m_document.get(), &Document::settingChanged);
    m_document->setSetting(id, settings::kRejectedCurves.id(), settingToJson(QList<int>{2}),
                           QStringLiteral("Reject"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_document->settings().get(id, settings::kRejectedCurves), QList<int>{2});
    QFont font = qvariant_cast<QFont>(m_tree->indexOf(CurveRef{id, 1}).data(Qt::FontRole));
    QVERIFY(font.strikeOut());
    QVERIFY(m_tree->indexOf(CurveRef{id, 0}).data(Qt::FontRole).isNull());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->settings().get(id, settings::kRejectedCurves).has_value());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->settings().get(id, settings::kRejectedCurves), QList<int>{2});
    m_document->setPlotStyle(QStringLiteral("curves"), QStringLiteral("log_x"), true);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(m_document->plotStyle(QStringLiteral("curves")).value(QStringLiteral("log_x")).toBool(), true);
    m_document->undoStack()->undo();
    QVERIFY(m_document->project().plotStyles.isEmpty());
}

void DocumentModelsTest::issuesPointAtTheirDataset()
{
    QCOMPARE(m_issues->rowCount(), 0);
    m_document->editCells({CellEdit{QStringLiteral("AuMG_Ta393_ta600s.xy#1"), QStringLiteral("technique"),
                                    QStringLiteral("dcs")}},
                          QStringLiteral("typo"));
    QCOMPARE(m_issues->rowCount(), 1);
    const QModelIndex message = m_issues->index(0, IssuesModel::MessageColumn);
    QVERIFY(message.data().toString().contains(QLatin1String("unknown technique \"dcs\"")));
    QCOMPARE(m_issues->index(0, IssuesModel::FileColumn).data().toString(), QStringLiteral("campaign.csv"));
    QCOMPARE(m_issues->index(0, IssuesModel::LineColumn).data().toLongLong(), 5);
    QCOMPARE(message.data(IssuesModel::RowIdRole).toString(), QStringLiteral("AuMG_Ta393_ta600s.xy#1"));
    QCOMPARE(m_issues->index(0, 0).data().toString(), QStringLiteral("Error"));
    // The table marks the row.
    QVERIFY(m_table->index(2, 0).data(Qt::BackgroundRole).isValid());
    m_document->undoStack()->undo();
    QCOMPARE(m_issues->rowCount(), 0);
}

void DocumentModelsTest::addRowsIsUndoable()
{
    const QString file = m_dir.filePath(QStringLiteral("extra.xy"));
    QVERIFY(test::writeFile(file, test::xyTestFile({QStringLiteral("a"), QStringLiteral("b")})));
    const FileImport import = importPath(file, false, test::xyTestRegistry());
    QVERIFY(!import.error);
    const RowsToAdd add = rowsFromImports({import}, m_document->project());
    QCOMPARE(add.rows.size(), std::size_t(2));
    QCOMPARE(add.rows[1].id, QStringLiteral("extra.xy#2"));
    QCOMPARE(add.rows[1].row.cells.value(QStringLiteral("segment")), QStringLiteral("2"));
    QCOMPARE(add.rows[0].row.cells.value(QStringLiteral("technique")), QStringLiteral("dsc"));
    m_document->addRows(add.rows, add.data, add.records, add.issues);
    QCOMPARE(m_document->rowCount(), 7);
    QCOMPARE(m_document->curve(CurveRef{QStringLiteral("extra.xy#2"), 0})->curveName, QStringLiteral("b"));
    QVERIFY(m_document->project().rawFile(QStringLiteral("extra.xy")));
    QCOMPARE(m_tree->rowCount(m_tree->index(0, 0, m_tree->index(0, 0))), 2);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->rowCount(), 5);
    QVERIFY(!m_document->project().rawFile(QStringLiteral("extra.xy")));
    // Importing a file the campaign holds already adds nothing.
    const RowsToAdd again = rowsFromImports(
        {importPath(m_dir.filePath(QStringLiteral("AuMG_Ta393_ta600s.xy")), false, test::xyTestRegistry())},
        m_document->project());
    QVERIFY(again.rows.empty());
    QCOMPARE(again.issues.front().diagnostic.code, QStringLiteral("already_imported"));
}

void DocumentModelsTest::resultTableModel()
{
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResultTable table({QStringLiteral("sample"), QStringLiteral("dH_uJ"), QStringLiteral("status")});
    table.addRow();
    table.set(QStringLiteral("sample"), QStringLiteral("AuMG"));
    table.set(QStringLiteral("dH_uJ"), 0.1 + 0.2);
    table.set(QStringLiteral("status"), QStringLiteral("ok"));
    table.addRow();
    table.set(QStringLiteral("sample"), QStringLiteral("PdSi"));
    table.set(QStringLiteral("dH_uJ"), std::nan(""));
    table.set(QStringLiteral("status"), QStringLiteral("fit_failed"));
    model.setTable(table);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), table.text(0, QStringLiteral("dH_uJ")));
    QCOMPARE(model.index(0, 1).data().toString().toDouble(), 0.1 + 0.2);
    QCOMPARE(model.index(1, 1).data().toString(), QString()); // not computed: empty
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("status"));
    model.setTable(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(DocumentModelsTest)
#include "tst_document_models.moc"
