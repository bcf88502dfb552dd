#pragma once

#include <QString>

#include <string_view>

namespace gb {

/// Collects the evidence a table gives about its decimal mark (methods.md §6.4): tokens such as
/// "25,0" or "-1,5e-3" speak for a decimal comma, tokens such as "2.5" for a decimal point.
/// Integers, dates, hexadecimal codes and text speak for neither. Not thread-safe; one per table.
class DecimalMarkEvidence {
public:
    /// Looks at one cell read from 1-based `line`.
    void add(std::string_view token, qint64 line);

    /// ',' when only decimal-comma tokens were seen, '.' when only decimal-point tokens (or none)
    /// were seen. Meaningless when ambiguous().
    char decide() const { return m_commaCount > 0 && m_pointCount == 0 ? ',' : '.'; }
    /// True when both kinds were seen: the caller must ask instead of guessing.
    bool ambiguous() const { return m_commaCount > 0 && m_pointCount > 0; }

    qint64 commaCount() const { return m_commaCount; }
    qint64 pointCount() const { return m_pointCount; }
    qint64 firstCommaLine() const { return m_firstCommaLine; }
    qint64 firstPointLine() const { return m_firstPointLine; }
    const QString &firstCommaToken() const { return m_firstComma; }
    const QString &firstPointToken() const { return m_firstPoint; }

    /// A sentence naming one example of each kind, for the error shown when ambiguous().
    QString conflictDescription() const;

private:
    qint64 m_commaCount = 0;
    qint64 m_pointCount = 0;
    qint64 m_firstCommaLine = 0;
    qint64 m_firstPointLine = 0;
    QString m_firstComma;
    QString m_firstPoint;
};

} // namespace gb
