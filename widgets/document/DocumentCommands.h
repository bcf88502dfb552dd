#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace gb {

/// Sets cells of the campaign (one edit, a fill-down, a paste, an extraction from names).
/// Columns the campaign lacks are added on redo and removed on undo.
class EditCellsCommand : public QUndoCommand {
public:
    EditCellsCommand(Document *document, const QList<CellEdit> &edits, const QString &text);
    void redo() override;
    void undo() override;
    /// False when the edits change nothing (the command is then not worth pushing).
    bool changesSomething() const { return !m_after.isEmpty() || !m_addedColumns.isEmpty(); }

private:
    Document *m_document;
    QList<CellEdit> m_before;
    QList<CellEdit> m_after;
    QStringList m_addedColumns;
};

/// Sets or removes one per-dataset analysis setting (a sign flip, a rejection, limits).
class SetSettingCommand : public QUndoCommand {
public:
    SetSettingCommand(Document *document, const QString &datasetId, const QString &name,
                      const QJsonValue &value, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_datasetId;
    QString m_name;
    QJsonValue m_before;
    QJsonValue m_after;
};

/// Changes one entry of a panel's plot style (log axes, legend).
class SetPlotStyleCommand : public QUndoCommand {
public:
    SetPlotStyleCommand(Document *document, const QString &panelId, const QString &key,
                        const QJsonValue &value);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_panelId;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

/// Appends imported rows (with their curves and raw-file records) to the campaign.
class AddRowsCommand : public QUndoCommand {
public:
    AddRowsCommand(Document *document, std::vector<ProjectRow> rows, std::vector<RowData> data,
                   std::vector<RawFileRecord> records, std::vector<Issue> issues);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_at = 0;
    std::vector<ProjectRow> m_rows;
    std::vector<RowData> m_data;
    std::vector<RawFileRecord> m_records;
    std::vector<Issue> m_issues;
};

} // namespace gb
