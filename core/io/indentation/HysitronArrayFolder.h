#pragma once

#include "support/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gb {

/// The files of one indent array: TriboScan writes an array of N indents as N files whose names
/// differ only in a running number ("<name>_00000.txt" ..., "Test Mapping Output.txt_0000.txt",
/// "RobinSteel0000LC.txt").
struct IndentArrayGroup {
    QString pattern;   ///< the common name with '#' for the running number, e.g. "name_#.txt"
    QStringList files; ///< absolute paths, in order of the running number
};

/// Groups the indent files (".txt", ".hld") of `folder` into arrays by name. A file belongs to
/// the group of its name with the last run of digits replaced; groups are sorted by pattern,
/// files within a group by the value of their number (so "_2" comes before "_10"). Files without
/// a number and sub-folders are left out. Only names are looked at, no file is opened.
/// Errors when `folder` is not a readable folder. Thread-safe.
Result<std::vector<IndentArrayGroup>> findIndentArrays(const QString &folder);

/// Every indent file of `folder` in natural order: group after group as findIndentArrays
/// returns them. This is what the GUI and the command line import as one group.
Result<QStringList> listHysitronArrayFiles(const QString &folder);

/// Natural order of two file names: runs of digits compare by value, the rest case-insensitively.
/// Returns <0, 0 or >0. Thread-safe.
int naturalCompare(const QString &a, const QString &b);

} // namespace gb
