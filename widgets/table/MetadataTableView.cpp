#include "table/MetadataTableView.h"

#include "models/MetadataTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <set>

namespace gb {

MetadataTableView::MetadataTableView(Document *document, QWidget *parent)
    : QTableView(parent), m_document(document), m_model(new MetadataTableModel(document, this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(90);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto makeAction = [this](const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_fillDown = makeAction(tr("Fill Down"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_copy = makeAction(tr("Copy Cells"), QKeySequence::Copy);
    m_paste = makeAction(tr("Paste Cells"), QKeySequence::Paste);
    m_clear = makeAction(tr("Clear Cells"), QKeySequence::Delete);
    m_extract = new QAction(tr("Extract from Names…"), this);
    connect(m_fillDown, &QAction::triggered, this, &MetadataTableView::fillDown);
    connect(m_copy, &QAction::triggered, this, &MetadataTableView::copySelection);
    connect(m_paste, &QAction::triggered, this, [this] { pasteText(QApplication::clipboard()->text()); });
    connect(m_clear, &QAction::triggered, this, &MetadataTableView::clearCells);
    connect(m_extract, &QAction::triggered, this, &MetadataTableView::extractRequested);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < m_document->rowCount()) {
                    const QList<CurveRef> curves = m_document->curvesOf(m_document->row(current.row()).id);
                    if (!curves.isEmpty() && !curves.contains(m_document->currentCurve()))
                        m_document->setCurrentCurve(curves.front());
                }
            });
    connect(document, &Document::currentCurveChanged, this, &MetadataTableView::followCurrentCurve);
}

void MetadataTableView::followCurrentCurve()
{
    const int row = m_document->rowIndex(m_document->currentCurve().rowId);
    if (row < 0 || currentIndex().row() == row)
        return;
    const QModelIndex target = m_model->index(row, std::max(0, currentIndex().column()));
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    scrollTo(target);
}

CellSelection MetadataTableView::cellSelection() const
{
    std::set<int> rows;
    std::set<int> columns;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        rows.insert(index.row());
        columns.insert(index.column());
    }
    CellSelection selection;
    selection.rows = QList<int>(rows.begin(), rows.end());
    for (int column : columns)
        selection.columns << m_model->columnName(column);
    return selection;
}

QList<int> MetadataTableView::selectedRowsOrAll() const
{
    QList<int> rows = cellSelection().rows;
    if (rows.isEmpty())
        for (int row = 0; row < m_document->rowCount(); ++row)
            rows << row;
    return rows;
}

void MetadataTableView::fillDown()
{
    m_document->editCells(fillDownEdits(*m_document, cellSelection()), tr("Fill down"));
}

void MetadataTableView::copySelection()
{
    const CellSelection selection = cellSelection();
    QList<QStringList> block;
    for (int row : selection.rows) {
        QStringList cells;
        for (const QString &column : selection.columns)
            cells << m_document->cell(row, column);
        block << cells;
    }
    if (!block.isEmpty())
        QApplication::clipboard()->setText(formatSpreadsheetText(block));
}

void MetadataTableView::pasteText(const QString &text)
{
    const QList<QStringList> block = parseSpreadsheetText(text);
    if (block.isEmpty())
        return;
    const CellSelection selection = cellSelection();
    int top = currentIndex().isValid() ? currentIndex().row() : 0;
    int left = currentIndex().isValid() ? currentIndex().column() : 0;
    if (!selection.rows.isEmpty()) {
        top = selection.rows.front();
        left = int(m_document->columns().indexOf(selection.columns.front()));
    }
    m_document->editCells(pasteEdits(*m_document, top, left, block, selection), tr("Paste"));
}

void MetadataTableView::clearCells()
{
    const CellSelection selection = cellSelection();
    QList<CellEdit> edits;
    for (int row : selection.rows)
        for (const QString &column : selection.columns)
            if (!MetadataTableModel::isReadOnlyColumn(column))
                edits << CellEdit{m_document->row(row).id, column, QString()};
    m_document->editCells(edits, tr("Clear cells"));
}

void MetadataTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_copy);
    menu.addAction(m_paste);
    menu.addAction(m_fillDown);
    menu.addAction(m_clear);
    menu.addSeparator();
    menu.addAction(m_extract);
    menu.exec(event->globalPos());
}

} // namespace gb
