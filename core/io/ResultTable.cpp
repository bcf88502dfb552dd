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
} // namespace

QString ResultTable::text(qsizetype row, const QString &column) const
{
    return cellText(cell(row, column));
}

QByteArray ResultTable::toCsv() const
{
    QString out;
    QStringList header;
    for (const QString &column : m_columns)
        header << csvField(column);
    out += header.join(u',') + u'\n';
    for (const auto &row : m_rows) {
        QStringList cells;
        for (const Cell &cell : row)
            cells << csvField(cellText(cell));
        out += cells.join(u',') + u'\n';
    }
    return out.toUtf8();
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
