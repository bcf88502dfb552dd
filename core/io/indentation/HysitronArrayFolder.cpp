#include "io/indentation/HysitronArrayFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace gb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HysitronArrayFolder", text);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Compares two runs of decimal digits by value without converting them (no overflow).
int compareDigitRuns(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

struct NumberedName {
    QString pattern;
    QString number;
};

/// "name_00012.txt" → {"name_#.txt", "00012"}; the last run of digits is the number.
NumberedName numberedName(const QString &fileName)
{
    qsizetype end = fileName.size();
    while (end > 0 && !isDigit(fileName[end - 1]))
        --end;
    qsizetype start = end;
    while (start > 0 && isDigit(fileName[start - 1]))
        --start;
    if (start == end)
        return {};
    return {fileName.left(start) + u'#' + fileName.mid(end), fileName.mid(start, end - start)};
}

} // namespace

int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && isDigit(a[ie]))
                ++ie;
            while (je < b.size() && isDigit(b[je]))
                ++je;
            if (const int c = compareDigitRuns(QStringView(a).mid(i, ie - i), QStringView(b).mid(j, je - j)))
                return c;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // equal ignoring case and zero padding: keep a fixed order
}

Result<std::vector<IndentArrayGroup>> findIndentArrays(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable())
        return makeError(QStringLiteral("read_error"), tr("not a readable folder"), folder);
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.hld")},
                                            QDir::Files | QDir::Readable, QDir::NoSort);
    struct Member {
        QString fileName;
        QString number;
    };
    QMap<QString, std::vector<Member>> byPattern;
    for (const QString &name : names) {
        const NumberedName numbered = numberedName(name);
        if (!numbered.pattern.isEmpty())
            byPattern[numbered.pattern].push_back({name, numbered.number});
    }
    QStringList patterns = byPattern.keys();
    std::sort(patterns.begin(), patterns.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    std::vector<IndentArrayGroup> groups;
    for (const QString &pattern : patterns) {
        std::vector<Member> members = byPattern.value(pattern);
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
            const int c = compareDigitRuns(a.number, b.number);
            return c != 0 ? c < 0 : a.fileName < b.fileName;
        });
        IndentArrayGroup group;
        group.pattern = pattern;
        for (const Member &member : members)
            group.files.append(dir.absoluteFilePath(member.fileName));
        groups.push_back(std::move(group));
    }
    return groups;
}

Result<QStringList> listHysitronArrayFiles(const QString &folder)
{
    Result<std::vector<IndentArrayGroup>> groups = findIndentArrays(folder);
    if (!groups.ok())
        return groups.error();
    QStringList files;
    for (const IndentArrayGroup &group : groups.value())
        files.append(group.files);
    return files;
}

} // namespace gb
