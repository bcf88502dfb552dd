#pragma once

#include "io/Importer.h"
#include "support/Result.h"

#include <QString>

namespace gb {

/// What a project remembers about one raw data file (or indent-array folder) of its campaign:
/// where it is, what it held when the project was saved, and how it was read.
struct RawFileRecord {
    QString file;                ///< the manifest's `file` cell that names it (the record's key)
    QString absolutePath;        ///< where it is now; stored relative to the project
    QString sha256;              ///< lower-case hex; of a folder: see sha256OfPath
    qint64 size = 0;             ///< bytes (a folder: sum of its indent files)
    QString importerId;          ///< importer that read it
    bool importerForced = false; ///< the person chose the importer; otherwise it was detected
    ImportOptions options;       ///< importer options, e.g. a column mapping ("column.<n>.quantity")

    friend bool operator==(const RawFileRecord &, const RawFileRecord &) = default;
};

/// Digest and size of a file, or of an indent-array folder: SHA-256 over, for each of its
/// files in natural name order, the file name, a NUL, the file's own SHA-256 (hex) and a
/// newline. Errors when the path does not exist or cannot be read. Thread-safe; reads the
/// whole file (use on a worker thread for large data).
struct PathDigest {
    QString sha256;
    qint64 size = 0;
};
Result<PathDigest> sha256OfPath(const QString &path);

/// How a raw file compares with its record.
enum class RawFileState {
    Unchanged, ///< present, same SHA-256
    Changed,   ///< present, different content
    Missing,   ///< nothing at the recorded path
};

/// Compares the file at `record.absolutePath` with the recorded digest. A record without a
/// digest (an older project) counts as unchanged when the file exists.
RawFileState checkRawFile(const RawFileRecord &record);

} // namespace gb
