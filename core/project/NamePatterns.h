#pragma once

#include "support/Result.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace gb {

/// A pattern that reads metadata out of file or curve names, such as
/// `Ta(?<T_a_K>\d+)_ta(?<t_a_s>[\d.]+)s`: each named group is a manifest column and what it
/// matches becomes that column's cell. The match may start anywhere in the name.
class NamePattern {
public:
    /// Compiles the pattern. Errors: not a valid regular expression (with the offset), or no
    /// named group (nothing to extract).
    static Result<NamePattern> compile(const QString &pattern);

    /// The columns the named groups fill, in the order they appear in the pattern.
    const QStringList &columns() const { return m_columns; }

    /// The cells extracted from `name`, or std::nullopt when the pattern does not match.
    /// Groups that did not take part in the match are left out.
    std::optional<QMap<QString, QString>> extract(const QString &name) const;

private:
    QRegularExpression m_expression;
    QStringList m_columns;
};

} // namespace gb
