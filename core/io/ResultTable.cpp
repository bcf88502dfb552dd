#include "io/ResultTable.h"

#include "io/writers/NumberFormatting.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace gb {

ResultTable::ResultTable(QStringList columns) : m_columns(std::move(columns)) {}

void ResultTable::addRow()
{
    m_rows.emplace_back(std::size_t(m_columns.size()));
}

qsizetype ResultTable::columnIndex(const QString &column) const
{
    const qsizetype index = m_columns.indexOf(column);
    Q_ASSERT_X(index >= 0, "ResultTable", qPrintable(QStringLiteral("no column ") + column));
    return index;
}

void ResultTable::set(const QString &column, double value)
{
    Q_ASSERT(!m_rows.empty());
    const qsizetype index = columnIndex(column);
    if (index >= 0)
        m_rows.back()[std::size_t(index)] = std::isfinite(value) ? Cell(value) : Cell();
}

void ResultTable::set(const QString &column, std::optional<double> value)
{
    if (value)
        set(column, *value);
    else if (const qsizetype index = columnIndex(column); index >= 0 && !m_rows.empty())
        m_rows.back()[std::size_t(index)] = Cell();
}

void ResultTable::set(const QString &column, const QString &text)
{
    Q_ASSERT(!m_rows.empty());
    const qsizetype index = columnIndex(column);
    if (index >= 0)
        m_rows.back()[std::size_t(index)] = text;
}

const ResultTable::Cell &ResultTable::cell(qsizetype row, const QString &column) const
{
    return m_rows.at(std::size_t(row)).at(std::size_t(columnIndex(column)));
}

namespace {
QString cellText(const ResultTable::Cell &cell)
{
    if (const double *number = std::get_if<double>(&cell)) {
        std::string text;
        appendShortest(text, *number);
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    if (const QString *text = std::get_if<QString>(&cell))
        return *text;
    return {};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

/// Appends one CSV field: a number straight from its shortest text (it needs no quotes), a
/// text escaped. A table is written into one byte array rather than joined from strings, which
/// took most of its writing time.
void appendCsvField(QByteArray &out, std::string &number, const ResultTable::Cell &cell)
{
    if (const double *value = std::get_if<double>(&cell)) {
        number.clear();
        appendShortest(number, *value);
        out.append(number.data(), qsizetype(number.size()));
    } else if (const QString *text = std::get_if<QString>(&cell)) {
        out += csvField(*text).toUtf8();
    }
}
} // namespace

QString ResultTable::text(qsizetype row, const QString &column) const
{
    return cellText(cell(row, column));
}

QByteArray ResultTable::toCsv() const
{
    QByteArray out;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        out += (c > 0 ? "," : "") + csvField(m_columns[c]).toUtf8();
    out += '\n';
    std::string number;
    for (const auto &row : m_rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                out += ',';
            appendCsvField(out, number, row[c]);
        }
        out += '\n';
    }
    return out;
}

Status writeResultTable(const ResultTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            QStringLiteral("write_error"),
            QCoreApplication::translate("ResultTable", "cannot write: %1").arg(file.errorString()), path);
    file.write(table.toCsv());
    if (!file.commit())
        return makeError(
            QStringLiteral("write_error"),
            QCoreApplication::translate("ResultTable", "cannot write: %1").arg(file.errorString()), path);
    return Done{};
}

} // namespace gb
