#pragma once
// Writing test input files: creates the folders on the way; returns the path, or an empty
// string when the file could not be written.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace gb::test {

inline QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace gb::test
