// "Extract from names": named groups of a pattern fill manifest columns.
#include "project/NamePatterns.h"

#include <QtTest>

using namespace gb;

class NamePatternsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void extractsNamedGroups_data();
    void extractsNamedGroups();
    void rejectsBadPatterns_data();
    void rejectsBadPatterns();
};

using Cells = QMap<QString, QString>;

void NamePatternsTest::extractsNamedGroups_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<Cells>("cells");
    const QString issuePattern = QStringLiteral("Ta(?<T_a_K>\\d+)_ta(?<t_a_s>[\\d.]+)s");
    QTest::newRow("issue example") << issuePattern << QStringLiteral("AuMG_Ta393_ta3600s.txt") << true
                                   << Cells{{QStringLiteral("T_a_K"), QStringLiteral("393")},
                                            {QStringLiteral("t_a_s"), QStringLiteral("3600")}};
    QTest::newRow("decimal time") << issuePattern << QStringLiteral("Ta400_ta0.25s") << true
                                  << Cells{{QStringLiteral("T_a_K"), QStringLiteral("400")},
                                           {QStringLiteral("t_a_s"), QStringLiteral("0.25")}};
    QTest::newRow("no match") << issuePattern << QStringLiteral("reference_scan.txt") << false << Cells{};
    QTest::newRow("optional group absent")
        << QStringLiteral("(?<sample>[A-Za-z]+)(_phi(?<phi_K_per_s>\\d+))?") << QStringLiteral("PdSi_x")
        << true << Cells{{QStringLiteral("sample"), QStringLiteral("PdSi")}};
    QTest::newRow("optional group present")
        << QStringLiteral("(?<sample>[A-Za-z]+)(_phi(?<phi_K_per_s>\\d+))?") << QStringLiteral("PdSi_phi100")
        << true
        << Cells{{QStringLiteral("sample"), QStringLiteral("PdSi")},
                 {QStringLiteral("phi_K_per_s"), QStringLiteral("100")}};
}

void NamePatternsTest::extractsNamedGroups()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QFETCH(Cells, cells);
    const Result<NamePattern> compiled = NamePattern::compile(pattern);
    QVERIFY(compiled.ok());
    const auto extracted = compiled->extract(name);
    QCOMPARE(extracted.has_value(), matches);
    if (matches)
        QCOMPARE(*extracted, cells);
}

void NamePatternsTest::rejectsBadPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unbalanced") << QStringLiteral("Ta(?<T_a_K>\\d+")
                                << QStringLiteral("not valid at character");
    QTest::newRow("no named group") << QStringLiteral("Ta(\\d+)") << QStringLiteral("names no column");
}

void NamePatternsTest::rejectsBadPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, messagePart);
    const Result<NamePattern> compiled = NamePattern::compile(pattern);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, QStringLiteral("bad_pattern"));
    QVERIFY2(compiled.error().message.contains(messagePart), qPrintable(compiled.error().message));
}

QTEST_GUILESS_MAIN(NamePatternsTest)
#include "tst_name_patterns.moc"
