#include "io/generic/DecimalMarkEvidence.h"

#include "io/text/NumberParsing.h"

#include <QCoreApplication>

namespace gb {

void DecimalMarkEvidence::add(std::string_view token, qint64 line)
{
    if (token.find(',') != std::string_view::npos) {
        if (looksLikeDecimalComma(token) && m_commaCount++ == 0) {
            m_firstCommaLine = line;
            m_firstComma = QString::fromUtf8(token.data(), qsizetype(token.size())).trimmed();
        }
        return;
    }
    if (token.find('.') != std::string_view::npos && parseNumber(token, '.').ok() && m_pointCount++ == 0) {
        m_firstPointLine = line;
        m_firstPoint = QString::fromUtf8(token.data(), qsizetype(token.size())).trimmed();
    }
}

QString DecimalMarkEvidence::conflictDescription() const
{
    return QCoreApplication::translate(
               "DecimalMarkEvidence", "numbers are written with a decimal comma (line %1: \"%2\") and with a "
                                      "decimal point (line %3: \"%4\")")
        .arg(m_firstCommaLine)
        .arg(m_firstComma)
        .arg(m_firstPointLine)
        .arg(m_firstPoint);
}

} // namespace gb
