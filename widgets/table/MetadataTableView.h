#pragma once

#include "table/SpreadsheetEdits.h"

#include <QTableView>

namespace gb {

class MetadataTableModel;

/// The campaign's metadata table, edited like a spreadsheet: type into a cell, fill down
/// (Ctrl+D), copy and paste blocks from and to a spreadsheet, clear cells (Delete), and
/// "extract from names". Each of these is one undoable command on the document.
class MetadataTableView : public QTableView {
    Q_OBJECT
public:
    explicit MetadataTableView(Document *document, QWidget *parent = nullptr);

    QAction *fillDownAction() const { return m_fillDown; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *clearAction() const { return m_clear; }
    QAction *extractAction() const { return m_extract; }

    /// The selected cells as rows and column names.
    CellSelection cellSelection() const;
    /// Rows with a selected cell (all rows when nothing is selected).
    QList<int> selectedRowsOrAll() const;

    void fillDown();
    void copySelection();
    void pasteText(const QString &text);
    void clearCells();

Q_SIGNALS:
    /// The person asked for "Extract from names…" (the window opens the dialog).
    void extractRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void followCurrentCurve();

    Document *m_document;
    MetadataTableModel *m_model;
    QAction *m_fillDown;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_clear;
    QAction *m_extract;
};

} // namespace gb
