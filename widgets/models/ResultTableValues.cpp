#include "models/ResultTableValues.h"

#include <QHeaderView>

#include <cmath>
#include <limits>

namespace gb {

const ResultTable *findResultTable(const AnalysisTables &results, const QString &fileName)
{
    for (const AnalysisTables::NamedTable &named : results.tables)
        if (named.fileName == fileName)
            return &named.table;
    return nullptr;
}

double resultNumber(const ResultTable &table, qsizetype row, const QString &column)
{
    if (row < 0 || row >= table.rowCount() || !table.columns().contains(column))
        return std::numeric_limits<double>::quiet_NaN();
    const ResultTable::Cell &cell = table.cell(row, column);
    if (const double *value = std::get_if<double>(&cell))
        return *value;
    return std::numeric_limits<double>::quiet_NaN();
}

QString resultText(const ResultTable &table, qsizetype row, const QString &column)
{
    if (row < 0 || row >= table.rowCount() || !table.columns().contains(column))
        return {};
    return table.text(row, column);
}

QString resultDatasetId(const ResultTable &table, qsizetype row)
{
    const QString segment = resultText(table, row, QStringLiteral("segment"));
    return resultText(table, row, QStringLiteral("file")) + u'#' +
           (segment.isEmpty() ? QStringLiteral("1") : segment);
}

void fillSummaryTable(QTableWidget *view, const ResultTable &table, const std::vector<qsizetype> &rows,
                      const QStringList &ids, const QList<SummaryColumn> &columns)
{
    const QSignalBlocker block(view);
    view->clear();
    view->setColumnCount(int(columns.size()));
    view->setRowCount(int(rows.size()));
    QStringList headers;
    for (const SummaryColumn &c : columns)
        headers << c.header;
    view->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(columns.size()); ++c) {
            const SummaryColumn &column = columns[c];
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (column.decimals >= 0) {
                const double value = resultNumber(table, rows[std::size_t(r)], column.column);
                item->setText(std::isfinite(value) ? QString::number(value, 'f', column.decimals)
                                                   : QString());
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item->setText(resultText(table, rows[std::size_t(r)], column.column));
            }
            if (c == 0 && r < ids.size())
                item->setData(Qt::UserRole, ids[r]);
            view->setItem(r, c, item);
        }
    }
    view->resizeColumnsToContents();
}

void fillDatasetSummaryTable(QTableWidget *view, const AnalysisTables &results, const QString &fileName,
                             const QList<SummaryColumn> &columns, const QString &currentId)
{
    const ResultTable *table = findResultTable(results, fileName);
    if (!table) {
        view->clear();
        view->setRowCount(0);
        return;
    }
    std::vector<qsizetype> rows;
    QStringList ids;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        rows.push_back(r);
        ids << resultDatasetId(*table, r);
    }
    fillSummaryTable(view, *table, rows, ids, columns);
    const QSignalBlocker block(view);
    if (const int shown = int(ids.indexOf(currentId)); shown >= 0)
        view->selectRow(shown);
}

} // namespace gb
