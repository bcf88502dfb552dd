#pragma once

#include <QString>

namespace gb {

/// What went wrong, where. `file` and `line` point a person at the input that caused it
/// (line is 1-based; 0 means "not tied to a line"). `code` is short and machine-readable
/// (e.g. "read_error", "bad_number"); `message` is a translatable sentence.
struct Error {
    QString code;
    QString message;
    QString file;
    qint64 line = 0;

    /// "file:line: message" (parts that are unknown are left out).
    QString toString() const;
};

enum class Severity { Info, Warning, Error };

/// A non-fatal finding about an input or a computation. `count` > 1 summarises repeated
/// findings of the same kind (e.g. "37 rows skipped"), with `line` naming the first one.
struct Diagnostic {
    Severity severity = Severity::Warning;
    QString code;
    QString message;
    QString file;
    qint64 line = 0;
    qint64 count = 1;

    QString toString() const;
};

QString severityName(Severity severity);

} // namespace gb
