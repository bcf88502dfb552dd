#pragma once

#include "document/Document.h"
#include "project/NamePatterns.h"

#include <QList>
#include <QStringList>

namespace gb {

/// A rectangular selection of the metadata table: rows and columns by position.
struct CellSelection {
    QList<int> rows; ///< sorted, distinct
    QStringList columns;
};

/// Fill down: in each selected column, the top selected cell's text goes to every other selected
/// cell below it. A single selected row takes the cell just above it (as spreadsheets do).
/// Read-only columns (file, segment) are skipped.
QList<CellEdit> fillDownEdits(const Document &document, const CellSelection &selection);

/// Text copied from a spreadsheet (tab-separated, quoted cells may hold tabs and line breaks;
/// CRLF or LF) as rows of cells. A trailing line break does not make an empty row.
QList<QStringList> parseSpreadsheetText(const QString &text);
/// The inverse, for copying table cells to a spreadsheet.
QString formatSpreadsheetText(const QList<QStringList> &rows);

/// Paste: the block goes to the table with its top-left cell at (`topRow`, `leftColumn`);
/// what falls outside the table or into a read-only column is dropped. A single value pasted
/// onto a selection of several cells fills all of them.
QList<CellEdit> pasteEdits(const Document &document, int topRow, int leftColumn,
                           const QList<QStringList> &block, const CellSelection &selection = {});

/// Where "extract from names" reads a row's name.
enum class NameSource {
    FileName,  ///< the data file's name (without folders)
    CurveName, ///< the curve's name in the file (the file name when it has none)
};

/// The name of a row as `source` reads it.
QString nameOfRow(const Document &document, int row, NameSource source);

/// Edits that set, for each of `rows` whose name matches `pattern`, the columns of its named
/// groups. `matched` (optional) receives how many rows matched.
QList<CellEdit> extractFromNamesEdits(const Document &document, const NamePattern &pattern, NameSource source,
                                      const QList<int> &rows, int *matched = nullptr);

} // namespace gb
