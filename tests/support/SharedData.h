#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QtTest>

namespace gb::test {

/// Folder holding the shared reference data (data/real, data/nist-strd), from the
/// GLASSBENCH_SHARED_DIR environment variable that ctest sets; empty when unknown.
inline QString sharedDir()
{
    return qEnvironmentVariable("GLASSBENCH_SHARED_DIR");
}

/// Path of a file under the shared folder, e.g. sharedPath("data/real/dsc/A_1.txt").
inline QString sharedPath(const QString &relative)
{
    return QDir(sharedDir()).filePath(relative);
}

} // namespace gb::test

/// Skips the current test with a clear message when a shared reference file is absent.
#define GB_REQUIRE_SHARED_FILE(relative)                                                                     \
    do {                                                                                                     \
        if (!QFileInfo::exists(gb::test::sharedPath(relative)))                                              \
            QSKIP(qPrintable(QStringLiteral("shared reference data not found: %1 (set "                      \
                                            "GLASSBENCH_SHARED_DIR to the folder holding data/)")            \
                                 .arg(gb::test::sharedPath(relative))));                                     \
    } while (false)
