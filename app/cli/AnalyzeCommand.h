#pragma once

#include <QStringList>
#include <QTextStream>

namespace gb::cli {

/// `glassbench-cli analyze MANIFEST --out DIR [--only ...] [--jobs N] [--quiet]`
/// (interfaces.md §2). `arguments` are those after the word "analyze".
/// Exit status: 0 every row analysed; 3 some rows failed; 2 the manifest could not be read;
/// 1 wrong usage.
int runAnalyze(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace gb::cli
