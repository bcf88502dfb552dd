#include "table/SpreadsheetEdits.h"

#include "models/MetadataTableModel.h"

#include <QFileInfo>

namespace gb {

QList<CellEdit> fillDownEdits(const Document &document, const CellSelection &selection)
{
    QList<CellEdit> edits;
    if (selection.rows.isEmpty())
        return edits;
    for (const QString &column : selection.columns) {
        if (MetadataTableModel::isReadOnlyColumn(column))
            continue;
        if (selection.rows.size() == 1) {
            const int row = selection.rows.front();
            if (row > 0)
                edits << CellEdit{document.row(row).id, column, document.cell(row - 1, column)};
            continue;
        }
        const QString value = document.cell(selection.rows.front(), column);
        for (int i = 1; i < selection.rows.size(); ++i)
            edits << CellEdit{document.row(selection.rows[i]).id, column, value};
    }
    return edits;
}

QList<QStringList> parseSpreadsheetText(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString formatSpreadsheetText(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            if (cell.contains(u'\t') || cell.contains(u'\n') || cell.contains(u'"')) {
                QString quoted = cell;
                quoted.replace(u'"', QStringLiteral("\"\""));
                cells << u'"' + quoted + u'"';
            } else {
                cells << cell;
            }
        }
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QList<CellEdit> pasteEdits(const Document &document, int topRow, int leftColumn,
                           const QList<QStringList> &block, const CellSelection &selection)
{
    QList<CellEdit> edits;
    const QStringList &columns = document.columns();
    if (block.size() == 1 && block.front().size() == 1 &&
        selection.rows.size() * selection.columns.size() > 1) {
        for (int row : selection.rows)
            for (const QString &column : selection.columns)
                if (!MetadataTableModel::isReadOnlyColumn(column) && row >= 0 && row < document.rowCount())
                    edits << CellEdit{document.row(row).id, column, block.front().front()};
        return edits;
    }
    for (int r = 0; r < block.size(); ++r) {
        const int row = topRow + r;
        if (row < 0 || row >= document.rowCount())
            break;
        for (int c = 0; c < block[r].size(); ++c) {
            const int column = leftColumn + c;
            if (column < 0 || column >= columns.size())
                break;
            if (MetadataTableModel::isReadOnlyColumn(columns[column]))
                continue;
            edits << CellEdit{document.row(row).id, columns[column], block[r][c]};
        }
    }
    return edits;
}

QString nameOfRow(const Document &document, int row, NameSource source)
{
    const QString fileName = QFileInfo(document.cell(row, QStringLiteral("file")).trimmed()).fileName();
    if (source == NameSource::CurveName) {
        const std::vector<DatasetPtr> &datasets = document.rowData(row).datasets;
        if (!datasets.empty() && !datasets.front()->curveName.trimmed().isEmpty())
            return datasets.front()->curveName.trimmed();
    }
    return fileName;
}

QList<CellEdit> extractFromNamesEdits(const Document &document, const NamePattern &pattern, NameSource source,
                                      const QList<int> &rows, int *matched)
{
    QList<CellEdit> edits;
    int count = 0;
    for (int row : rows) {
        if (row < 0 || row >= document.rowCount())
            continue;
        const auto cells = pattern.extract(nameOfRow(document, row, source));
        if (!cells)
            continue;
        ++count;
        for (auto it = cells->cbegin(); it != cells->cend(); ++it)
            if (!MetadataTableModel::isReadOnlyColumn(it.key()))
                edits << CellEdit{document.row(row).id, it.key(), it.value()};
    }
    if (matched)
        *matched = count;
    return edits;
}

} // namespace gb
