// Result tables (interfaces.md §3): empty cells for missing numbers, exact numbers, quoting.
#include "io/ResultTable.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace gb;

class ResultTableTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesHeaderAndRows();
    void missingNumbersAreEmptyCells();
    void numbersReadBackExactly();
    void writesAtomically();
};

void ResultTableTest::writesHeaderAndRows()
{
    ResultTable table({QStringLiteral("sample"), QStringLiteral("dH_uJ"), QStringLiteral("message")});
    table.addRow();
    table.set(QStringLiteral("sample"), QStringLiteral("AuMG"));
    table.set(QStringLiteral("dH_uJ"), 1.25);
    table.set(QStringLiteral("message"), QStringLiteral("peak at the \"edge\", widened"));
    QCOMPARE(table.toCsv(),
             QByteArray("sample,dH_uJ,message\nAuMG,1.25,\"peak at the \"\"edge\"\", widened\"\n"));
}

void ResultTableTest::missingNumbersAreEmptyCells()
{
    ResultTable table({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    table.addRow();
    table.set(QStringLiteral("a"), std::numeric_limits<double>::quiet_NaN());
    table.set(QStringLiteral("b"), std::numeric_limits<double>::infinity());
    table.set(QStringLiteral("c"), std::optional<double>());
    table.set(QStringLiteral("d"), 0.0);
    QCOMPARE(table.toCsv(), QByteArray("a,b,c,d\n,,,0\n"));
}

void ResultTableTest::numbersReadBackExactly()
{
    ResultTable table({QStringLiteral("x")});
    const double values[] = {1.0 / 3.0, 123456.78901234567, -2.5e-12, 6.02214076e23};
    for (double v : values) {
        table.addRow();
        table.set(QStringLiteral("x"), v);
    }
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const QString text = table.text(i, QStringLiteral("x"));
        QCOMPARE(text.toDouble(), values[i]);
    }
    QCOMPARE(table.text(0, QStringLiteral("x")), QStringLiteral("0.3333333333333333"));
}

void ResultTableTest::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    ResultTable table({QStringLiteral("x")});
    table.addRow();
    table.set(QStringLiteral("x"), 2.0);
    QVERIFY(writeResultTable(table, path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("x\n2\n"));
    QVERIFY(!writeResultTable(table, dir.filePath(QStringLiteral("missing/dir/t.csv"))).ok());
}

QTEST_GUILESS_MAIN(ResultTableTest)
#include "tst_result_table.moc"
