#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QTableWidget>

#include <vector>

namespace gb {

/// The table of that file name among the latest results ("dsc_peaks.csv"), or nullptr.
const ResultTable *findResultTable(const AnalysisTables &results, const QString &fileName);
/// A numeric cell (NaN when empty, text or a column the table lacks).
double resultNumber(const ResultTable &table, qsizetype row, const QString &column);
/// A cell as text (empty for a column the table lacks).
QString resultText(const ResultTable &table, qsizetype row, const QString &column);
/// The dataset id of a row that has `file` and `segment` columns ("file#segment", segment 1 when empty).
QString resultDatasetId(const ResultTable &table, qsizetype row);

/// One column of a summary table shown in a panel: the result column, its header for a person
/// and the number of decimals (−1: text as written).
struct SummaryColumn {
    QString column;
    QString header;
    int decimals = -1;
};

/// Fills `view` (read-only) with the chosen columns of the rows of `table` listed in `rows`;
/// each row's first item keeps `ids[i]` in Qt::UserRole. Numbers are right-aligned.
void fillSummaryTable(QTableWidget *view, const ResultTable &table, const std::vector<qsizetype> &rows,
                      const QStringList &ids, const QList<SummaryColumn> &columns);

/// Fills `view` with every row of the result table `fileName` (cleared when there is none),
/// keyed by dataset id, and selects the row of `currentId`.
void fillDatasetSummaryTable(QTableWidget *view, const AnalysisTables &results, const QString &fileName,
                             const QList<SummaryColumn> &columns, const QString &currentId);

} // namespace gb
