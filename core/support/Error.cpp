#include "support/Error.h"

namespace gb {

namespace {
QString located(const QString &file, qint64 line, const QString &message)
{
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}
} // namespace

QString Error::toString() const
{
    return located(file, line, message);
}

QString Diagnostic::toString() const
{
    QString text = located(file, line, message);
    if (count > 1)
        text += QStringLiteral(" (%1 times, first shown)").arg(count);
    return text;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace gb
