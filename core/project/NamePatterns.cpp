#include "project/NamePatterns.h"

#include <QCoreApplication>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("NamePattern", text);
}
} // namespace

Result<NamePattern> NamePattern::compile(const QString &pattern)
{
    NamePattern compiled;
    compiled.m_expression = QRegularExpression(pattern);
    if (!compiled.m_expression.isValid())
        return makeError(QStringLiteral("bad_pattern"),
                         tr("the pattern is not valid at character %1: %2")
                             .arg(compiled.m_expression.patternErrorOffset() + 1)
                             .arg(compiled.m_expression.errorString()));
    for (const QString &name : compiled.m_expression.namedCaptureGroups())
        if (!name.isEmpty())
            compiled.m_columns << name;
    if (compiled.m_columns.isEmpty())
        return makeError(QStringLiteral("bad_pattern"),
                         tr("the pattern names no column: write groups such as (?<T_a_K>\\d+)"));
    return compiled;
}

std::optional<QMap<QString, QString>> NamePattern::extract(const QString &name) const
{
    const QRegularExpressionMatch match = m_expression.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    QMap<QString, QString> cells;
    for (const QString &column : m_columns)
        if (match.capturedStart(column) >= 0)
            cells.insert(column, match.captured(column));
    return cells;
}

} // namespace gb
