// Number parsing, encoding detection, line endings and field splitting (methods.md §6.5).
#include "io/text/FieldSplitter.h"
#include "io/text/LineReader.h"
#include "io/text/NumberParsing.h"
#include "io/text/NumericTableBuilder.h"
#include "io/text/PlainDecimal.h"
#include "io/text/TextDecoding.h"

#include <QtTest>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <random>
#include <string>

using namespace gb;

class TextParsingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesNumbers_data();
    void parsesNumbers();
    void exactRoundingCases();
    void shortestRoundTripIsBitIdentical();
    void instrumentStyleNumbersMatchFromChars();
    void plainDecimalsInATextMatchFromChars();
    void decodesEncodings_data();
    void decodesEncodings();
    void rejectsInvalidUtf8();
    void mapsWindows1252();
    void readsEveryLineEnding_data();
    void readsEveryLineEnding();
    void splitsFields();
    void splitsQuotedCsv();
    void detectsDecimalComma_data();
    void detectsDecimalComma();
    void plainRowsMatchSplitRows_data();
    void plainRowsMatchSplitRows();
    void plainRowRunStopsAtMarker();
};

void TextParsingTest::parsesNumbers_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("value");
    const int ok = int(NumberStatus::Ok), bad = int(NumberStatus::Invalid), gap = int(NumberStatus::Gap),
              range = int(NumberStatus::OutOfRange);
    QTest::newRow("P1 comma with point decimal") << QByteArray("1,5") << '.' << bad << 0.0;
    QTest::newRow("P2 leading plus") << QByteArray("+1.25E+02") << '.' << ok << 125.0;
    QTest::newRow("P3 overflow") << QByteArray("1e400") << '.' << range << 0.0;
    QTest::newRow("P3 underflow") << QByteArray("1e-400") << '.' << range << 0.0;
    QTest::newRow("P6 decimal comma") << QByteArray("3,1416") << ',' << ok << 3.1416;
    QTest::newRow("P6 thousands separator") << QByteArray("1.234,5") << ',' << bad << 0.0;
    QTest::newRow("negative comma exponent") << QByteArray("-1,5e-3") << ',' << ok << -0.0015;
    QTest::newRow("blanks around") << QByteArray("  -2.5\t") << '.' << ok << -2.5;
    QTest::newRow("dangling exponent") << QByteArray("1.5e") << '.' << bad << 0.0;
    QTest::newRow("hex is not a number") << QByteArray("0x1p3") << '.' << bad << 0.0;
    QTest::newRow("double plus") << QByteArray("++1") << '.' << bad << 0.0;
    QTest::newRow("text") << QByteArray("FRT") << '.' << bad << 0.0;
    QTest::newRow("P14 dashes") << QByteArray("---") << '.' << gap << 0.0;
    QTest::newRow("P14 empty") << QByteArray("") << '.' << gap << 0.0;
    QTest::newRow("P14 nan") << QByteArray("nan") << '.' << gap << 0.0;
    QTest::newRow("Pyris gap") << QByteArray("-1.#IND00") << '.' << gap << 0.0;
    QTest::newRow("infinity is a gap") << QByteArray("-Infinity") << '.' << gap << 0.0;
}

void TextParsingTest::parsesNumbers()
{
    QFETCH(QByteArray, token);
    QFETCH(char, decimal);
    QFETCH(int, status);
    QFETCH(double, value);
    const ParsedNumber n = parseNumber(std::string_view(token.constData(), token.size()), decimal);
    QCOMPARE(int(n.status), status);
    if (n.ok())
        QCOMPARE(n.value, value);
    else
        QVERIFY(std::isnan(n.value) || n.status == NumberStatus::Invalid);
}

void TextParsingTest::exactRoundingCases()
{
    // P4, P5: correctly rounded conversions.
    QCOMPARE(parseNumber("9007199254740993").value, 9007199254740992.0);
    const double minNormalNeighbour = parseNumber("2.2250738585072011e-308").value;
    QCOMPARE(std::bit_cast<std::uint64_t>(minNormalNeighbour), std::uint64_t(0x000FFFFFFFFFFFFFull));
}

void TextParsingTest::shortestRoundTripIsBitIdentical()
{
    // P15: shortest to_chars output parses back to the same bits, subnormals included.
    std::mt19937_64 rng(20261124);
    char buffer[64];
    for (int i = 0; i < 200000; ++i) {
        std::uint64_t bits = rng();
        if (i % 10 == 0)
            bits &= 0x800FFFFFFFFFFFFFull; // subnormal
        const double x = std::bit_cast<double>(bits);
        if (!std::isfinite(x))
            continue;
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
        QVERIFY(ec == std::errc());
        const ParsedNumber back = parseNumber(std::string_view(buffer, std::size_t(end - buffer)));
        QVERIFY2(back.ok() && std::bit_cast<std::uint64_t>(back.value) == bits, buffer);
    }
}

void TextParsingTest::instrumentStyleNumbersMatchFromChars()
{
    // The numbers instruments write (fixed or scientific, up to 19 digits, either decimal mark)
    // take a fast path; it must give the same bits as std::from_chars, the reference.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> digitCount(1, 21);
    std::uniform_int_distribution<int> digit(0, 9);
    std::uniform_int_distribution<int> exponent(-30, 30);
    for (int i = 0; i < 300000; ++i) {
        std::string text = (i % 3 == 0) ? "-" : "";
        const int integerDigits = digitCount(rng) % 8;
        for (int d = 0; d < integerDigits; ++d)
            text += char('0' + digit(rng));
        const int fractionDigits = digitCount(rng) - (integerDigits > 0 ? 1 : 0);
        if (fractionDigits > 0 || integerDigits == 0) {
            text += '.';
            for (int d = 0; d < std::max(fractionDigits, 1); ++d)
                text += char('0' + digit(rng));
        }
        if (i % 4 == 0)
            text += (i % 8 == 0 ? "e" : "E") + std::to_string(exponent(rng));
        double expected = 0.0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), expected);
        QVERIFY(ec == std::errc() && end == text.data() + text.size());
        const ParsedNumber point = parseNumber(text);
        QVERIFY2(point.ok() &&
                     std::bit_cast<std::uint64_t>(point.value) == std::bit_cast<std::uint64_t>(expected),
                 text.c_str());
        std::string comma = text;
        std::replace(comma.begin(), comma.end(), '.', ',');
        const ParsedNumber decimalComma = parseNumber(comma, ',');
        QVERIFY2(decimalComma.ok() && std::bit_cast<std::uint64_t>(decimalComma.value) ==
                                          std::bit_cast<std::uint64_t>(expected),
                 comma.c_str());
    }
    // Malformed tokens near the fast path still fail.
    for (const char *bad : {"1e", "1e+", "-", ".", "1.2.3", "1e5x", "--1", "1,5"})
        QVERIFY2(!parseNumber(bad).ok(), bad);
    QVERIFY(!parseNumber("1.5", ',').ok());
}

void TextParsingTest::plainDecimalsInATextMatchFromChars()
{
    // scanPlainDecimal reads a fraction eight digits at a time when eight bytes follow the
    // decimal mark, one at a time nearer the end of the text; both must end the number where it ends
    // and give std::from_chars' bits, whatever follows (digits of the next field included),
    // and refuse what is not plain: no integer digit, more than 19 digits, a mantissa above 2^53.
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> count(0, 12);
    std::uniform_int_distribution<int> digit(0, 9);
    std::uniform_int_distribution<int> tail(0, 20);
    const std::string ends = "\t \r\nx,-e";                 // what may end a number
    const std::string followers = "\t \r\nx.,-e0123456789"; // what may come after that
    for (int i = 0; i < 200000; ++i) {
        std::string number = (i % 3 == 0) ? "-" : "";
        const int integerDigits = count(rng) % (i % 5 == 0 ? 13 : 4);
        const int fractionDigits = count(rng);
        for (int d = 0; d < integerDigits; ++d)
            number += char('0' + digit(rng));
        if (i % 7 != 0) {
            number += '.';
            for (int d = 0; d < fractionDigits; ++d)
                number += char('0' + digit(rng));
        }
        if (number.empty())
            continue; // the text would start with what follows
        std::string text = number + ends[std::size_t(i) % ends.size()];
        for (int k = tail(rng); k > 0; --k)
            text += followers[std::size_t(digit(rng))];
        const std::string digitsOnly = [&] {
            std::string d;
            for (char c : number)
                if (c >= '0' && c <= '9')
                    d += c;
            return d;
        }();
        const bool plain = integerDigits > 0 && digitsOnly.size() <= 19 &&
                           std::stoull(digitsOnly) <= (std::uint64_t(1) << 53);
        double value = 0.0;
        const char *end = scanPlainDecimal(text.data(), text.data() + text.size(), '.', value);
        QVERIFY2((end != nullptr) == plain, ("[" + number + "] in [" + text + "]").c_str());
        if (!plain)
            continue;
        double expected = 0.0;
        std::from_chars(number.data(), number.data() + number.size(), expected);
        QVERIFY2(end == text.data() + number.size(), text.c_str());
        QVERIFY2(std::bit_cast<std::uint64_t>(value) == std::bit_cast<std::uint64_t>(expected), text.c_str());
    }
}

void TextParsingTest::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("encoding");
    const QString header = QStringLiteral("Load (µN)\tDepth (nm)\r\n1.0\t2.0\r\n");
    QByteArray utf16le(reinterpret_cast<const char *>(header.utf16()), header.size() * 2);
    QByteArray utf16be;
    for (QChar c : header) {
        utf16be.append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("P7 UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + header.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("P8 Latin-1") << header.toLatin1() << int(TextEncoding::Windows1252);
    QTest::newRow("P9 UTF-16LE with BOM") << QByteArray("\xFF\xFE") + utf16le << int(TextEncoding::Utf16LE);
    QTest::newRow("P10 UTF-16LE without BOM") << utf16le << int(TextEncoding::Utf16LE);
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + utf16be << int(TextEncoding::Utf16BE);
    QTest::newRow("UTF-16BE without BOM") << utf16be << int(TextEncoding::Utf16BE);
}

void TextParsingTest::decodesEncodings()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, encoding);
    const DecodedText text = decodeText(raw);
    QCOMPARE(int(text.encoding), encoding);
    QCOMPARE(QString::fromUtf8(text.utf8), QStringLiteral("Load (µN)\tDepth (nm)\r\n1.0\t2.0\r\n"));
}

void TextParsingTest::rejectsInvalidUtf8()
{
    QVERIFY(isValidUtf8("\xC2\xB5", 2));
    QVERIFY(!isValidUtf8("\xC0\xAF", 2));         // overlong '/'
    QVERIFY(!isValidUtf8("\xED\xA0\x80", 3));     // surrogate
    QVERIFY(!isValidUtf8("\xF4\x90\x80\x80", 4)); // past U+10FFFF
    QVERIFY(!isValidUtf8("ab\xC2", 3));           // truncated sequence
    // TA Universal Analysis writes the degree sign as 0xF8: not UTF-8, read as Windows-1252.
    const DecodedText ta = decodeText(QByteArray("Temperature (\xF8"
                                                 "C)"));
    QCOMPARE(ta.encoding, TextEncoding::Windows1252);
    QCOMPARE(QString::fromUtf8(ta.utf8), QStringLiteral("Temperature (øC)"));
    // Odd-length UTF-16 is decoded with the stray byte dropped, and says so.
    const DecodedText odd = decodeText(QByteArray("\xFF\xFE"
                                                  "A\0B\0C",
                                                  7));
    QVERIFY(odd.droppedTrailingByte);
    QCOMPARE(odd.utf8, QByteArray("AB"));
}

void TextParsingTest::mapsWindows1252()
{
    // 0x80 euro, 0x96 en dash, 0x9D undefined (U+FFFD), 0xB0 degree, 0xB5 micro, 0xE9 e-acute,
    // between ASCII runs: every byte becomes its character.
    const QByteArray raw("T [\xB0"
                         "C] \x80 \x96 \x9D \xB5N caf\xE9 end");
    const DecodedText text = decodeText(raw);
    QCOMPARE(text.encoding, TextEncoding::Windows1252);
    const QString expected = QString::fromUtf16(u"T [\u00B0C] \u20AC \u2013 \uFFFD \u00B5N caf\u00E9 end");
    QCOMPARE(QString::fromUtf8(text.utf8), expected);
    QCOMPARE(windows1252ToString(std::string_view(raw.constData(), std::size_t(raw.size()))), expected);
    // Told where its ASCII tail starts (anywhere after the last non-ASCII byte), it gives the same.
    for (qsizetype asciiFrom = raw.indexOf("caf") + 4; asciiFrom <= raw.size() + 1; ++asciiFrom)
        QCOMPARE(decodeText(raw, asciiFrom).utf8, text.utf8);
    QCOMPARE(decodeText("\xEF\xBB\xBF" + raw, raw.size()).utf8, text.utf8); // after a byte order mark
}

void TextParsingTest::readsEveryLineEnding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("LF") << QByteArray("a\nbb\n\nc");
    QTest::newRow("CRLF") << QByteArray("a\r\nbb\r\n\r\nc");
    QTest::newRow("P12 CR") << QByteArray("a\rbb\r\rc");
    QTest::newRow("mixed") << QByteArray("a\r\nbb\r\nc").replace("\r\nc", "\n\nc").replace("\n\n", "\r\n");
}

void TextParsingTest::readsEveryLineEnding()
{
    QFETCH(QByteArray, text);
    LineReader reader(std::string_view(text.constData(), text.size()));
    QStringList lines;
    std::string_view line;
    while (reader.next(line))
        lines << QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (QByteArray(QTest::currentDataTag()) == "mixed")
        QCOMPARE(lines, (QStringList{"a", "bb", "c"}));
    else
        QCOMPARE(lines, (QStringList{"a", "bb", "", "c"}));
    QVERIFY(reader.lastLineUnterminated());
    QCOMPARE(reader.lineNumber(), qint64(lines.size()));
}

void TextParsingTest::splitsFields()
{
    std::vector<std::string_view> fields;
    splitFields("  0    0.000   403.0  ", Delimiter::Whitespace, fields);
    QCOMPARE(fields.size(), std::size_t(3));
    QCOMPARE(fields[2], std::string_view("403.0"));
    splitFields("1\t2\t", Delimiter::Tab, fields); // P13: trailing tab gives an empty last field
    QCOMPARE(fields.size(), std::size_t(3));
    QVERIFY(fields[2].empty());
    splitFields("a; b ;;c", Delimiter::Semicolon, fields);
    QCOMPARE(fields.size(), std::size_t(4));
    QCOMPARE(fields[1], std::string_view("b"));
    QVERIFY(fields[2].empty());
}

void TextParsingTest::splitsQuotedCsv()
{
    std::vector<std::string> fields;
    QVERIFY(splitQuotedCsv("a,\"b, \"\"quoted\"\"\", c ,", ',', fields));
    QCOMPARE(fields, (std::vector<std::string>{"a", "b, \"quoted\"", "c", ""}));
    QVERIFY(!splitQuotedCsv("a,\"open", ',', fields));
}

void TextParsingTest::detectsDecimalComma_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("comma");
    QTest::newRow("25,0") << QByteArray("25,0") << true;
    QTest::newRow("-1,5e-3") << QByteArray("-1,5e-3") << true;
    QTest::newRow("1.5") << QByteArray("1.5") << false;
    QTest::newRow("1.234,5") << QByteArray("1.234,5") << false;
    QTest::newRow("1,") << QByteArray("1,") << false;
    QTest::newRow("a,b") << QByteArray("a,b") << false;
}

void TextParsingTest::detectsDecimalComma()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, comma);
    QCOMPARE(looksLikeDecimalComma(std::string_view(token.constData(), token.size())), comma);
}

void TextParsingTest::plainRowsMatchSplitRows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("delimiter");
    QTest::addColumn<char>("mark");
    const int tab = int(Delimiter::Tab);
    const int blank = int(Delimiter::Whitespace);
    QTest::newRow("tab, plain") << QByteArray("1.5\t-2\t3.25\n0\t.5\t5.\n-0\t-.5\t1\n") << tab << '.';
    QTest::newRow("tab, blanks and trailing tabs")
        << QByteArray(" 1.5 \t 2\t3\t\t \n1\t2\t3 \t\n") << tab << '.';
    QTest::newRow("tab, short and long rows") << QByteArray("1\t2\n1\t2\t3\t4\n\n") << tab << '.';
    QTest::newRow("tab, gaps and text")
        << QByteArray("1\t\t3\n1\tabc\t3\n1\t---\t3\n1\t2 3\t4\n") << tab << '.';
    QTest::newRow("tab, general numbers")
        << QByteArray("1e3\t+2\t12345678901234567890.5\n9007199254740993\t1\t2\n1e400\t1\t2\n") << tab << '.';
    QTest::newRow("tab, long digit runs")
        << QByteArray("123456789.123456789\t-0.000000001\t99999999\n12345678\t0.12345678\t1234567.8\n") << tab
        << '.';
    QTest::newRow("tab, number runs into text")
        << QByteArray("1.5x\t2\t3\n1.2.3\t2\t3\n1,5\t2\t3\n1.2/3456789\t2\t3\n1.2:3456789\t2\t3\n"
                      "1.25\xb5\xb5\xb5\xb5\xb5\xb5\xb5\t2\t3\n1.\xff\xff\xff\xff\xff\xff\xff\xff\t2\t3\n")
        << tab << '.';
    QTest::newRow("whitespace") << QByteArray(
                                       "   0    0.00100000      25.10000\n 1 2 3 4\n1 2\n\t1\t2  3\t\n")
                                << blank << '.';
    QTest::newRow("whitespace, decimal comma") << QByteArray("1,5 2,25 -0,125\n1.5 2 3\n") << blank << ',';
    QTest::newRow("semicolon, decimal comma")
        << QByteArray("1,5;2,0;3\n1;;3\n 1 ; 2 ;3;\n") << int(Delimiter::Semicolon) << ',';
    QTest::newRow("whitespace, columns padded with spaces")
        << QByteArray("       0    0.00100000      25.10000\n      12        0.5   -0.00982674      \n"
                      "  \t  1 \t 2 \t 3\n")
        << blank << '.';
    QTest::newRow("rows that do not start with a digit")
        << QByteArray(".5\t1\t2\n-.5\t1\t2\n+1\t2\t3\n-\t1\t2\n") << tab << '.';
    QTest::newRow("lone CR inside a row") << QByteArray("1\t2\r3\n1\t2\t3\r\r\n4\t5\t6\n") << tab << '.';
    QTest::newRow("comma, decimal comma: general path")
        << QByteArray("1,5,2\n") << int(Delimiter::Comma) << ',';
}

namespace {
struct BuiltTable {
    std::vector<Column> columns;
    std::vector<Diagnostic> findings;
    qsizetype rows = 0;
    qint64 lines = 0;
};

BuiltTable finished(NumericTableBuilder &builder, const LineReader &reader)
{
    BuiltTable table;
    table.rows = builder.rowCount();
    table.lines = reader.lineNumber();
    table.columns = builder.finish(table.findings);
    return table;
}

void compareTables(const BuiltTable &fast, const BuiltTable &split)
{
    QCOMPARE(fast.rows, split.rows);
    QCOMPARE(fast.lines, split.lines);
    QCOMPARE(fast.columns.size(), split.columns.size());
    for (std::size_t c = 0; c < fast.columns.size(); ++c) {
        QCOMPARE(fast.columns[c].values.size(), split.columns[c].values.size());
        for (std::size_t r = 0; r < fast.columns[c].values.size(); ++r)
            QCOMPARE(std::bit_cast<std::uint64_t>(fast.columns[c].values[r]),
                     std::bit_cast<std::uint64_t>(split.columns[c].values[r]));
    }
    QCOMPARE(fast.findings.size(), split.findings.size());
    for (std::size_t d = 0; d < fast.findings.size(); ++d)
        QCOMPARE(fast.findings[d].toString(), split.findings[d].toString());
}
} // namespace

void TextParsingTest::plainRowsMatchSplitRows()
{
    // addLine's one-pass path, and addPlainRows' runs of rows read without finding their lines
    // first, must give what splitting and addRow give: values to the bit, the same findings at
    // the same lines. Each text is also tried with CRLF and CR endings and without its last one.
    QFETCH(QByteArray, text);
    QFETCH(int, delimiter);
    QFETCH(char, mark);
    const std::vector<ColumnSpec> specs = {{QStringLiteral("a"), QStringLiteral("s"), std::nullopt},
                                           {QStringLiteral("b"), QStringLiteral("K"), std::nullopt},
                                           {QStringLiteral("c"), QString(), std::nullopt}};
    QByteArray crlf = text;
    QByteArray cr = text;
    const QList<QByteArray> variants = {text, crlf.replace("\n", "\r\n"), cr.replace('\n', '\r'),
                                        text.chopped(1), crlf.chopped(2)};
    for (const QByteArray &variant : variants) {
        const std::string_view view(variant.constData(), std::size_t(variant.size()));
        const Delimiter split = Delimiter(delimiter);
        NumericTableBuilder bySplitting(QStringLiteral("f.txt"), specs, mark);
        NumericTableBuilder byLine(QStringLiteral("f.txt"), specs, mark);
        NumericTableBuilder byRun(QStringLiteral("f.txt"), specs, mark);
        LineReader splitReader(view), lineReader(view), runReader(view);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (splitReader.next(line)) {
            splitFields(line, split, fields);
            bySplitting.addRow(fields, splitReader.lineNumber());
        }
        while (lineReader.next(line))
            byLine.addLine(line, split, lineReader.lineNumber());
        while (true) {
            byRun.addPlainRows(runReader, split);
            if (!runReader.next(line))
                break;
            byRun.addLine(line, split, runReader.lineNumber());
        }
        const BuiltTable expected = finished(bySplitting, splitReader);
        compareTables(finished(byLine, lineReader), expected);
        compareTables(finished(byRun, runReader), expected);
        QCOMPARE(runReader.lastLineUnterminated(), splitReader.lastLineUnterminated());
    }
}

void TextParsingTest::plainRowRunStopsAtMarker()
{
    // A row whose marker column holds the marker value is left to the caller; the rows after
    // it are a new run.
    const QByteArray text("0\t1\n1\t2\n-1\t0\n2\t3\r\n3\t4\n");
    const std::vector<ColumnSpec> specs = {{QStringLiteral("t"), QStringLiteral("s"), std::nullopt},
                                           {QStringLiteral("x"), QString(), std::nullopt}};
    NumericTableBuilder builder(QStringLiteral("f.txt"), specs);
    LineReader reader(std::string_view(text.constData(), std::size_t(text.size())));
    const NumericTableBuilder::RowMarker marker{0, -1.0};
    QCOMPARE(builder.addPlainRows(reader, Delimiter::Tab, marker), 2);
    QCOMPARE(reader.lineNumber(), 2);
    std::string_view line;
    QVERIFY(reader.next(line));
    QCOMPARE(line, std::string_view("-1\t0"));
    QCOMPARE(builder.addPlainRows(reader, Delimiter::Tab, marker), 2);
    QCOMPARE(reader.lineNumber(), 5);
    QVERIFY(reader.atEnd());
    std::vector<Diagnostic> findings;
    const std::vector<Column> columns = builder.finish(findings);
    QCOMPARE(columns.at(1).values, (std::vector<double>{1, 2, 3, 4}));
}

QTEST_GUILESS_MAIN(TextParsingTest)
#include "tst_text_parsing.moc"
