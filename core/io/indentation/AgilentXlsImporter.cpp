// Agilent / Keysight / KLA Nano Indenter G200 and MTS Nano Indenter XP, NanoSuite "Export to
// Excel" (Excel 97 workbook, BIFF8). Layout as seen in micromechanics/micromechanics
// examples/Agilent/Popin.xls and documented in the project's formats.md, section
// "Nanoindentation":
//
//   sheets "Results", "Required Inputs", ... (one row per test, first column "Test")
//   one sheet per indent, "Test 001", "Test 002", ... (not always in order):
//     row 1  Segment | Displacement Into Surface | Load On Sample | Time On Sample | ...
//     row 2          | nm                        | mN             | s              | ...
//     rows   numbers; the Segment column holds marker text ("Surface Marker", "END",
//            "Unloading Marker") on boundary rows only; 1.7976931348623157e+308 means invalid
//
// The workbook is read with libfreexl (it needs a path: a device that is not a file is copied to a
// temporary file first). One dataset per Test sheet, sorted by test number. Markers and the
// per-test rows of the summary sheets are kept as metadata.

#include "io/indentation/AgilentXlsImporter.h"

#include "io/ImportSupport.h"
#include "io/indentation/AgilentTestSheet.h"
#include "io/indentation/FreeXlWorkbook.h"
#include "io/indentation/IndentationSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgilentXlsImporter", text);
}

constexpr char kOleSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Shortest text that reads back as the same double ("0.3", not "0.29999999999999999").
QString numberText(double value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? QString::fromLatin1(buffer, end - buffer) : QString();
}

/// "Test 001" → 1; -1 for other sheet names.
int testNumber(const QString &sheetName)
{
    static const QRegularExpression re(QStringLiteral("^\\s*Test\\s*(\\d{1,9})\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(sheetName);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int cellTestNumber(const XlsCell &cell)
{
    if (cell.kind == XlsCell::Kind::Number && cell.number == std::floor(cell.number) && cell.number >= 0 &&
        cell.number < 1e9)
        return int(cell.number);
    bool ok = false;
    const int n = cell.kind == XlsCell::Kind::Text ? cell.text.trimmed().toInt(&ok) : -1;
    return ok ? n : -1;
}

using TestMetadata = QHash<int, QList<QPair<QString, QString>>>;

/// The rows of summary sheets ("Results", "Required Inputs") whose first column is "Test",
/// as "<sheet>: <name> (<unit>)" = value per test number.
void collectTestMetadata(FreeXlWorkbook &book, int sheet, TestMetadata &metadata)
{
    unsigned rows = 0, columns = 0;
    if (!book.selectSheet(sheet, rows, columns) || rows < 3 || columns < 2 ||
        book.cell(0, 0).text.trimmed().compare(QLatin1String("Test"), Qt::CaseInsensitive) != 0)
        return;
    const QString sheetName = book.sheetName(sheet);
    QStringList keys;
    for (unsigned c = 0; c < columns; ++c) {
        const QString name = book.cell(0, c).text.trimmed();
        const QString unit = book.cell(1, c).text.trimmed();
        keys.append(name.isEmpty() ? QString()
                                   : sheetName + QStringLiteral(": ") + name +
                                         (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit)));
    }
    for (unsigned r = 2; r < rows; ++r) {
        const int test = cellTestNumber(book.cell(r, 0));
        if (test < 0)
            continue;
        for (unsigned c = 1; c < columns; ++c) {
            const XlsCell cell = book.cell(r, c);
            if (keys[qsizetype(c)].isEmpty() || cell.kind == XlsCell::Kind::Empty)
                continue;
            metadata[test].append({keys[qsizetype(c)],
                                   cell.kind == XlsCell::Kind::Number ? numberText(cell.number) : cell.text});
        }
    }
}

struct SheetRef {
    int index = 0;
    int test = 0;
    QString name;
};

} // namespace

QString AgilentXlsImporter::displayName() const
{
    return tr("Agilent/KLA G200, MTS XP NanoSuite Excel export (.xls)");
}

int AgilentXlsImporter::confidence(const FileProbe &probe) const
{
    if (!probe.head.startsWith(QByteArray(kOleSignature, 8)))
        return 0;
    const bool suffix = hasSuffix(probe.fileName, {".xls"});
    // Sheet names are stored in the workbook globals near the start, 8-bit or UTF-16LE.
    static const QRegularExpression testSheet(
        QStringLiteral("Test \\d\\d\\d|T\\x00e\\x00s\\x00t\\x00 \\x00\\d\\x00"));
    const bool testSheets = testSheet.match(QString::fromLatin1(probe.head)).hasMatch();
    if (testSheets)
        return suffix ? 90 : 70;
    return suffix ? 60 : 30;
}

Result<ImportOutput> AgilentXlsImporter::read(QIODevice &device, const QString &fileName,
                                              const ImportOptions &options) const
{
    (void)options;
    ImportOutput output;
    // libfreexl reads by path: use the file's own, or copy the bytes to a temporary file.
    QString path;
    QTemporaryFile temporary;
    // (A Qt resource, ":/...", is no path libfreexl can open.)
    if (const QString source = sourcePath(device); !source.isEmpty() && !source.startsWith(u':')) {
        path = source;
    } else {
        const Result<QByteArray> read = readAllBytes(device, fileName);
        if (!read.ok())
            return read.error();
        const QByteArray &bytes = read.value();
        if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush())
            return importError(
                fileName, 0,
                tr("cannot write a temporary copy for the Excel reader: %1").arg(temporary.errorString()));
        path = temporary.fileName();
    }
    Result<std::shared_ptr<FreeXlWorkbook>> opened = FreeXlWorkbook::open(path, fileName);
    if (!opened.ok())
        return opened.error();
    FreeXlWorkbook &book = *opened.value();

    std::vector<SheetRef> tests;
    QStringList otherSheets;
    TestMetadata testMetadata;
    for (int s = 0; s < book.sheetCount(); ++s) {
        const QString name = book.sheetName(s);
        if (const int n = testNumber(name); n >= 0) {
            tests.push_back({s, n, name});
        } else {
            otherSheets.append(name);
            collectTestMetadata(book, s, testMetadata);
        }
    }
    if (tests.empty())
        return importError(fileName, 0,
                           tr("no \"Test nnn\" sheet in the workbook (sheets: %1)")
                               .arg(otherSheets.join(QStringLiteral(", "))),
                           QStringLiteral("no_data"));
    std::stable_sort(tests.begin(), tests.end(),
                     [](const SheetRef &a, const SheetRef &b) { return a.test < b.test; });

    QString firstProblem;
    FindingTally findings;
    for (const SheetRef &sheet : tests) {
        const WorkbookSheet cells(book, sheet.index);
        Result<std::shared_ptr<Dataset>> dataset =
            cells.ok() ? readAgilentTestSheet(cells, sheet.name, fileName, findings)
                       : Result<std::shared_ptr<Dataset>>(
                             importError(fileName, 0, tr("sheet \"%1\" cannot be read").arg(sheet.name)));
        if (!dataset.ok()) {
            const Error &e = dataset.error();
            if (firstProblem.isEmpty())
                firstProblem = e.message;
            output.diagnostics.push_back(
                Diagnostic{Severity::Warning, e.code, e.message, fileName, e.line, 1});
            continue;
        }
        std::shared_ptr<Dataset> indent = std::move(dataset).value();
        indent->sourceFile = fileName;
        indent->formatId = id();
        indent->segment = int(output.datasets.size()) + 1;
        indent->metadata.header.append(testMetadata.value(sheet.test));
        output.datasets.push_back(std::move(indent));
    }
    findings.appendTo(output.diagnostics);
    if (output.datasets.empty())
        return importError(fileName, 0, tr("no Test sheet could be read: %1").arg(firstProblem),
                           QStringLiteral("no_data"));
    if (!otherSheets.isEmpty())
        output.diagnostics.push_back(
            Diagnostic{Severity::Info, QStringLiteral("sheet_skipped"),
                       tr("sheets not imported as curves: %1").arg(otherSheets.join(QStringLiteral(", "))),
                       fileName, 0, 1});
    return output;
}

} // namespace gb
