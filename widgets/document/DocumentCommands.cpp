#include "document/DocumentCommands.h"

#include <QCoreApplication>

namespace gb {

EditCellsCommand::EditCellsCommand(Document *document, const QList<CellEdit> &edits, const QString &text)
    : QUndoCommand(text), m_document(document)
{
    for (const CellEdit &edit : edits) {
        const int row = document->rowIndex(edit.rowId);
        if (row < 0)
            continue;
        if (!document->columns().contains(edit.column) && !m_addedColumns.contains(edit.column))
            m_addedColumns << edit.column;
        const QString before = document->cell(row, edit.column);
        if (before == edit.value)
            continue;
        m_before << CellEdit{edit.rowId, edit.column, before};
        m_after << edit;
    }
}

void EditCellsCommand::redo()
{
    m_document->applyCells(m_after, m_addedColumns, false);
}

void EditCellsCommand::undo()
{
    m_document->applyCells(m_before, m_addedColumns, true);
}

SetSettingCommand::SetSettingCommand(Document *document, const QString &datasetId, const QString &name,
                                     const QJsonValue &value, const QString &text)
    : QUndoCommand(text), m_document(document), m_datasetId(datasetId), m_name(name),
      m_before(document->settings().value(datasetId, name)), m_after(value)
{
}

void SetSettingCommand::redo()
{
    m_document->applySetting(m_datasetId, m_name, m_after);
}

void SetSettingCommand::undo()
{
    m_document->applySetting(m_datasetId, m_name, m_before);
}

SetPlotStyleCommand::SetPlotStyleCommand(Document *document, const QString &panelId, const QString &key,
                                         const QJsonValue &value)
    : QUndoCommand(QCoreApplication::translate("SetPlotStyleCommand", "Change plot style")),
      m_document(document), m_panelId(panelId), m_key(key), m_before(document->plotStyle(panelId).value(key)),
      m_after(value)
{
}

void SetPlotStyleCommand::redo()
{
    m_document->applyPlotStyle(m_panelId, m_key, m_after);
}

void SetPlotStyleCommand::undo()
{
    m_document->applyPlotStyle(m_panelId, m_key, m_before);
}

AddRowsCommand::AddRowsCommand(Document *document, std::vector<ProjectRow> rows, std::vector<RowData> data,
                               std::vector<RawFileRecord> records, std::vector<Issue> issues)
    : QUndoCommand(
          QCoreApplication::translate("AddRowsCommand", "Import %n file(s)", nullptr, int(records.size()))),
      m_document(document), m_rows(std::move(rows)), m_data(std::move(data)), m_records(std::move(records)),
      m_issues(std::move(issues))
{
    m_at = document->rowCount();
}

void AddRowsCommand::redo()
{
    m_document->insertRows(m_at, m_rows, m_data, m_records, m_issues);
}

void AddRowsCommand::undo()
{
    m_document->removeRows(m_at, int(m_rows.size()));
}

} // namespace gb
