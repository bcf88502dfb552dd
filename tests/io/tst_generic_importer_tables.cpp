// Data tables of tst_generic_importer (see tst_generic_importer_tables.h).
#include "tst_generic_importer_tables.h"

#include "io/text/FieldSplitter.h"
#include "support/TextVariants.h"

#include <QtTest>

#include <cmath>

namespace gb::test {

QByteArray chineseTestingMachineText()
{
    return QByteArray("\xE6\x97\xB6\xE9\x97\xB4,\xE4\xBD\x8D\xE7\xA7\xBB,\xE5\x8A\x9B\r\n" // 时间,位移,力
                      "(s),(mm),(N)\r\n"
                      "0,0,0\r\n"
                      "0.5,0.0125,12.5\r\n"
                      "1.0,0.025,25.25\r\n");
}

QByteArray twelveRowTable()
{
    QByteArray text = "Time (s),Load (mN),Depth (nm)\n";
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("%1,%2.5,%3.25\n").arg(i + 10).arg(100 + i).arg(2000 + i).toLatin1();
    return text;
}

QStringList bars(const char *text)
{
    return QString::fromUtf8(text).split(u'|');
}

void addMethodsTableRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("quantities");
    QTest::addColumn<QList<double>>("firstRow");
    QTest::addColumn<int>("rows");

    const QStringList loadDepth = bars("Load|Depth");
    const QStringList loadDepthUnits = bars("µN|nm");
    const QStringList loadDepthRoles = bars("load|depth");
    const QByteArray p7 = "Load (\xC2\xB5N)\tDepth (nm)\r\n1.0\t2.0\r\n";
    QTest::newRow("P7 UTF-8 BOM") << test::withUtf8Bom(p7) << loadDepth << loadDepthUnits << loadDepthRoles
                                  << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("P8 Latin-1") << QByteArray("Load (\xB5N)\tDepth (nm)\r\n1.0\t2.0\r\n") << loadDepth
                                << loadDepthUnits << loadDepthRoles << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("P9 UTF-16LE BOM") << test::toUtf16LE(p7, true) << loadDepth << loadDepthUnits
                                     << loadDepthRoles << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("P10 UTF-16LE no BOM") << test::toUtf16LE(p7, false) << loadDepth << loadDepthUnits
                                         << loadDepthRoles << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("UTF-16BE BOM") << test::toUtf16BE(p7, true) << loadDepth << loadDepthUnits
                                  << loadDepthRoles << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("Greek mu") << QByteArray("Load (\xCE\xBCN)\tDepth (nm)\n1.0\t2.0\n") << loadDepth
                              << loadDepthUnits << loadDepthRoles << QList<double>{1.0, 2.0} << 1;
    QTest::newRow("P11 Windows-1252 semicolon decimal comma")
        << QByteArray("T [\xB0"
                      "C];Heat Flow [mW]\r\n25,0;0,125\r\n")
        << bars("T|Heat Flow") << bars("K|mW") << bars("temperature|heat_flow")
        << QList<double>{25.0 + 273.15, 0.125} << 1;
    const QByteArray lf = "Time (s)\tLoad (mN)\n0\t0.5\n1\t1.5\n2\t2.5\n";
    const QStringList timeLoad = bars("Time|Load");
    const QStringList timeLoadUnits = bars("s|µN");
    const QStringList timeLoadRoles = bars("time|load");
    QTest::newRow("P12 LF") << lf << timeLoad << timeLoadUnits << timeLoadRoles << QList<double>{0.0, 500.0}
                            << 3;
    QTest::newRow("P12 CR only") << test::withLineEnding(lf, test::LineEnding::CR) << timeLoad
                                 << timeLoadUnits << timeLoadRoles << QList<double>{0.0, 500.0} << 3;
    QTest::newRow("P12 CRLF") << test::withLineEnding(lf, test::LineEnding::CRLF) << timeLoad << timeLoadUnits
                              << timeLoadRoles << QList<double>{0.0, 500.0} << 3;
    QTest::newRow("P12 no final line end") << lf.left(lf.size() - 1) << timeLoad << timeLoadUnits
                                           << timeLoadRoles << QList<double>{0.0, 500.0} << 3;
    QTest::newRow("P13 trailing tab")
        << QByteArray("Load (\xC2\xB5N)\tDepth (nm)\t\n1.0\t2.0\t\n3.0\t4.0\t\n") << loadDepth
        << loadDepthUnits << loadDepthRoles << QList<double>{1.0, 2.0} << 2;
    QTest::newRow("P13 trailing tab CRLF")
        << QByteArray("Load (\xC2\xB5N)\tDepth (nm)\t\r\n1.0\t2.0\t\r\n3.0\t4.0\t\r\n") << loadDepth
        << loadDepthUnits << loadDepthRoles << QList<double>{1.0, 2.0} << 2;
}

void addLayoutRows()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<int>("fieldCount");
    QTest::addColumn<qint64>("namesLine");
    QTest::addColumn<qint64>("unitsLine");
    QTest::addColumn<qint64>("firstDataLine");
    const int tab = int(Delimiter::Tab), semicolon = int(Delimiter::Semicolon), comma = int(Delimiter::Comma),
              blanks = int(Delimiter::Whitespace);
    QTest::newRow("P11") << QByteArray("T [\xC2\xB0"
                                       "C];Heat Flow [mW]\r\n25,0;0,125\r\n")
                         << semicolon << false << ',' << 2 << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("names and [units] rows")
        << QByteArray("Time,Temperature,Heat Flow\n[s],[K],[mW/mg]\n0,303.147,"
                      "0.0039\n50.9,304.147,0.064\n")
        << comma << false << '.' << 3 << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("plain units row") << QByteArray("Step time\tTemperature\tStrain\nmin\t\xC2\xB0"
                                                   "C\t%\n0\t25\t0.1\n1\t25\t0.2\n")
                                     << tab << false << '.' << 3 << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("blanks with decimal comma") << QByteArray("t h\n0,5 1,25\n1,5 2,25\n") << blanks << false
                                               << ',' << 2 << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("aligned blanks") << QByteArray("  Time    Temp\n  0.0     25.0\n  1.0     26.0\n")
                                    << blanks << false << '.' << 2 << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("tab with decimal comma") << QByteArray("a\tb\n1,5\t2,5\n3\t4,75\n") << tab << false << ','
                                            << 2 << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("integers only") << QByteArray("a;b\n1;2\n3;4\n") << semicolon << false << '.' << 2
                                   << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("quoted csv with decimal comma")
        << QByteArray("\"t\",\"F\"\n\"0,5\",\"1,25\"\n\"1,5\",\"2\"\n") << comma << true << ',' << 2
        << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("metadata above")
        << QByteArray("Instrument: Zwick\nNumber of Points = 3\n\nTime (s);Load (mN)\n0;1\n"
                      "1;2\n2;3\n")
        << semicolon << false << '.' << 2 << qint64(4) << qint64(0) << qint64(5);
    QByteArray header =
        "TempCal\t1\tpts\t157.87\t156.60\nBaselineCal\t0.0039\t-1.0857\nNsig\t3\nStartOfData\n";
    for (int i = 0; i < 10; ++i)
        header += QStringLiteral("%1.5\t%2.25\t-0.%3\n").arg(i).arg(20 + i).arg(i + 1).toLatin1();
    QTest::newRow("numeric-looking header lines")
        << header << tab << false << '.' << 3 << qint64(0) << qint64(0) << qint64(5);
    QTest::newRow("P13 trailing tab") << QByteArray("a\tb\t\n1\t2\t\n3\t4\t\n") << tab << false << '.' << 2
                                      << qint64(1) << qint64(0) << qint64(2);
    QTest::newRow("no header") << QByteArray("1.5,2\n2.5,3\n") << comma << false << '.' << 2 << qint64(0)
                               << qint64(0) << qint64(1);
}

void addHeaderFormRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("quantities");
    QTest::addColumn<QList<double>>("firstRow");
    QTest::newRow("Name/unit") << QByteArray("t/s,T/\xC2\xB0"
                                             "C,HF/mW\n1,25,0.5\n2,26,0.6\n")
                               << bars("t|T|HF") << bars("s|K|mW") << bars("time|temperature|heat_flow")
                               << QList<double>{1.0, 25.0 + 273.15, 0.5};
    QTest::newRow("Name/compound unit")
        << QByteArray("Time/min;Heat Flow/mW/mg\n1;0,5\n2;0,75\n") << bars("Time|Heat Flow")
        << bars("s|mW/mg") << bars("time|specific_heat_flow") << QList<double>{60.0, 0.5};
    QTest::newRow("Name [unit]") << QByteArray("Time [min];Temp. [\xC2\xB0"
                                               "C];Heat flow [W/g]\n1;25;0,5\n2;26;0,75\n")
                                 << bars("Time|Temp.|Heat flow") << bars("s|K|mW/mg")
                                 << bars("time|temperature|specific_heat_flow")
                                 << QList<double>{60.0, 25.0 + 273.15, 0.5};
    QTest::newRow("separate plain units row")
        << QByteArray(
               "Time\tStress\tStrain\tModulus\ns\tkPa\t%\tGPa\n0\t250\t0.5\t0.05\n1\t240\t0.5\t0.048\n")
        << bars("Time|Stress|Strain|Modulus") << bars("s|MPa|1|MPa") << bars("time|stress|strain|modulus")
        << QList<double>{0.0, 250.0 * 1e-3, 0.5 * 0.01, 0.05 * 1e3};
    QTest::newRow("German names, units in parentheses")
        << QByteArray("Zeit (s);Kraft (N);Weg (mm)\n0;1,5;0,25\n1;2,5;0,5\n") << bars("Zeit|Kraft|Weg")
        << bars("s|µN|nm") << bars("time|load|depth") << QList<double>{0.0, 1.5 * 1e6, 0.25 * 1e6};
    QTest::newRow("indentation with index column")
        << QByteArray("No.,Depth (nm),Load (mN)\n1,0.5,0.001\n2,1.5,0.004\n") << bars("No.|Depth|Load")
        << bars("|nm|µN") << bars("index|depth|load") << QList<double>{1.0, 0.5, 0.001 * 1e3};
}

void addOptionRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("quantities");
    QTest::addColumn<QList<double>>("firstRow");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("warning"); // a Warning this input must give; empty: none at all

    const QByteArray noteBetween = "Run 7\nTime (s);Load (mN)\nnote\n0;1\n1;2\n";
    QTest::newRow("no header found") << noteBetween << QStringList() << bars("Column 1|Column 2") << bars("|")
                                     << bars("other|other") << QList<double>{0.0, 1.0} << 2
                                     << QStringLiteral("no_unit");
    QTest::newRow("header_row") << noteBetween << bars("header_row=2") << bars("Time|Load") << bars("s|µN")
                                << bars("time|load") << QList<double>{0.0, 1000.0} << 2
                                << QStringLiteral("short_row");
    QTest::newRow("header_row and units_row")
        << QByteArray("Time;Load\nsample A\n(s);(mN)\n0;1\n1;2\n") << bars("header_row=1|units_row=3")
        << bars("Time|Load") << bars("s|µN") << bars("time|load") << QList<double>{0.0, 1000.0} << 2
        << QString();
    QTest::newRow("delimiter") << QByteArray("x;y\n1;2\n3;4\n") << bars("delimiter=semicolon") << bars("x|y")
                               << bars("|") << bars("other|other") << QList<double>{1.0, 2.0} << 2
                               << QStringLiteral("no_unit");
    const QByteArray mixed = "T (K);F (N)\n300,5;2.5\n301;3\n";
    QTest::newRow("decimal comma chosen")
        << mixed << QStringList{QStringLiteral("decimal=,")} << bars("T|F") << bars("K|µN")
        << bars("temperature|load") << QList<double>{300.5, std::nan("")} << 2
        << QStringLiteral("not_a_number");
    QTest::newRow("decimal point chosen")
        << mixed << bars("decimal=.") << bars("T|F") << bars("K|µN") << bars("temperature|load")
        << QList<double>{std::nan(""), 2.5e6} << 2 << QStringLiteral("not_a_number");
    QTest::newRow("column unit and role")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\n")
        << bars("column.1.unit=min|column.2.unit=\u00B0C|column.3.quantity=heat_flow|column.3.unit=W")
        << bars("a|b|c") << bars("s|K|mW") << bars("time|temperature|heat_flow")
        << QList<double>{60.0, 2.0 + 273.15, 3000.0} << 2 << QString();
    QTest::newRow("unit option overrides the file")
        << QByteArray("Time (s),Load (N)\n1,2\n3,4\n") << bars("column.2.unit=mN") << bars("Time|Load")
        << bars("s|µN") << bars("time|load") << QList<double>{1.0, 2000.0} << 2 << QString();
    QTest::newRow("option past the last column")
        << QByteArray("Time (s),Load (N)\n1,2\n3,4\n") << bars("column.5.unit=mN") << bars("Time|Load")
        << bars("s|µN") << bars("time|load") << QList<double>{1.0, 2e6} << 2 << QStringLiteral("bad_option");
}

void addBadInputRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("rows");
    const QByteArray table = twelveRowTable(); // data on lines 2..13
    QTest::newRow("empty") << QByteArray() << true << QStringLiteral("no_data") << qint64(0) << 0;
    QTest::newRow("blank") << QByteArray(" \r\n\t\n") << true << QStringLiteral("no_data") << qint64(0) << 0;
    QTest::newRow("prose") << QByteArray("hello world\nthis is not a table\n") << true
                           << QStringLiteral("no_table") << qint64(1) << 0;
    QTest::newRow("one column") << QByteArray("1\n2\n3\n") << true << QStringLiteral("no_table") << qint64(1)
                                << 0;
    QTest::newRow("header only") << QByteArray("Time,Load\n") << true << QStringLiteral("no_data")
                                 << qint64(1) << 0;
    QTest::newRow("binary") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0abc", 15) << true
                            << QStringLiteral("unknown_format") << qint64(0) << 0;
    QTest::newRow("mixed decimal marks") << QByteArray("T (K);F (N)\n300,5;2.5\n301;3\n") << true
                                         << QStringLiteral("ambiguous_decimal") << qint64(2) << 0;
    QTest::newRow("truncated mid-row")
        << test::truncatedInLine(table, 13) << false << QStringLiteral("short_row") << qint64(13) << 11;
    QTest::newRow("cut after a delimiter") << table.left(table.indexOf("21,111.5,") + 9) << false
                                           << QStringLiteral("unterminated_row") << qint64(13) << 12;
    QTest::newRow("text cell in numeric column")
        << test::withLineReplaced(table, 5, "13,abc,2003.25") << false << QStringLiteral("not_a_number")
        << qint64(5) << 12;
    QTest::newRow("too few fields") << test::withLineReplaced(table, 6, "14,104.5") << false
                                    << QStringLiteral("short_row") << qint64(6) << 11;
    QTest::newRow("too many fields") << test::withLineReplaced(table, 7, "15,105.5,2005.25,9") << false
                                     << QStringLiteral("long_row") << qint64(7) << 11;
    QTest::newRow("CRLF too few fields")
        << test::withLineEnding(test::withLineReplaced(table, 6, "14,104.5"), test::LineEnding::CRLF) << false
        << QStringLiteral("short_row") << qint64(6) << 11;
    QTest::newRow("CR text cell") << test::withLineEnding(test::withLineReplaced(table, 5, "13,abc,2003.25"),
                                                          test::LineEnding::CR)
                                  << false << QStringLiteral("not_a_number") << qint64(5) << 12;
    QTest::newRow("blank lines inside the data")
        << test::withLineReplaced(table, 8, "") << false << QStringLiteral("blank_lines") << qint64(8) << 11;
}

} // namespace gb::test
