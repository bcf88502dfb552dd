#pragma once

#include <QStringList>
#include <QTextStream>

namespace gb::cli {

/// `glassbench-cli inspect FILE...`: per file, the detected format and confidence, its curves
/// with names, columns with quantity and unit, row counts, header metadata and warnings.
/// Returns 0 when every file was read, 3 when some could not be read.
int runInspect(const QStringList &files, const QString &forcedFormat, QTextStream &out, QTextStream &err);

} // namespace gb::cli
