#pragma once

#include "analysis/campaign/AnalysisTables.h"
#include "project/ProjectLoader.h"

#include <QObject>

class QUndoStack;

namespace gb {

class ImporterRegistry;

/// One curve of the campaign: the row that names it and its position among the row's curves
/// (0 for a one-curve row; an indent array has one per indent).
struct CurveRef {
    QString rowId;
    int index = 0;
    friend bool operator==(const CurveRef &, const CurveRef &) = default;
};

/// One cell edit: the row (by id), the column, and the text it gets.
struct CellEdit {
    QString rowId;
    QString column;
    QString value;
};

/// What the window shows and edits: the campaign's rows and their manifest cells, the curves
/// read for each row, the per-dataset analysis settings, plot styles, the findings and the
/// latest analysis tables. Changes a person makes go through the methods that push a
/// QUndoCommand (editCells, setSetting, setPlotStyle, addRows): one command per change, so
/// undo and redo take them back one at a time. Panels read the document and redraw on its
/// signals; they never change it otherwise. Lives on the GUI thread.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    const Project &project() const { return m_project; }

    // Where the document is stored.
    QString filePath() const { return m_project.path; }
    /// A title for windows: the project's name, the manifest's name, or "Untitled".
    QString displayName() const;
    bool isModified() const;
    bool isSimulated() const { return m_project.simulated; }
    bool isEmpty() const { return m_project.rows.empty(); }

    // Rows, cells and data.
    int rowCount() const { return int(m_project.rows.size()); }
    const ProjectRow &row(int index) const { return m_project.rows[std::size_t(index)]; }
    int rowIndex(const QString &rowId) const; ///< -1 when there is no such row
    QString cell(int row, const QString &column) const;
    const QStringList &columns() const { return m_project.columns; }
    const RowData &rowData(int row) const { return m_rows[std::size_t(row)]; }
    /// The curve a reference points at, or nullptr.
    DatasetPtr curve(const CurveRef &ref) const;
    /// Every curve of a row, as references.
    QList<CurveRef> curvesOf(const QString &rowId) const;
    /// A person's name for a curve: the row's file name (and curve name or number).
    QString curveLabel(const CurveRef &ref) const;

    const DatasetSettings &settings() const { return m_project.settings; }
    QJsonObject plotStyle(const QString &panelId) const;

    const std::vector<Issue> &issues() const { return m_issues; }
    const AnalysisTables &results() const { return m_results; }
    /// The campaign with its data, for running the analyses (values shared, safe to hand to a
    /// worker thread).
    LoadedCampaign loadedCampaign() const;

    // Selection (not a change to the document: not undoable).
    const QList<CurveRef> &selection() const { return m_selection; }
    void setSelection(const QList<CurveRef> &curves);
    /// The curve a person is looking at (clicked in a plot or the tree); the Properties dock
    /// shows it. Empty rowId when there is none.
    const CurveRef &currentCurve() const { return m_current; }
    void setCurrentCurve(const CurveRef &curve);

    // Changes a person makes: each is one undoable command.
    /// Sets cells; a column the campaign lacks is added. `text` names the command ("Fill down").
    void editCells(const QList<CellEdit> &edits, const QString &text);
    /// Sets (or, with an undefined value, removes) a per-dataset setting.
    void setSetting(const QString &datasetId, const QString &name, const QJsonValue &value,
                    const QString &text);
    void setPlotStyle(const QString &panelId, const QString &key, const QJsonValue &value);
    /// Appends rows with their data (an import of files into the campaign).
    void addRows(const std::vector<ProjectRow> &rows, const std::vector<RowData> &data,
                 const std::vector<RawFileRecord> &records, const std::vector<Issue> &issues);

    // Whole-document operations (they clear the undo history).
    void load(LoadedProject loaded);
    void clear();
    /// Marks the document saved as `path` (after a successful write).
    void markSaved(const QString &path);
    /// Marks the document as having unsaved changes that are not on the undo stack (files
    /// relocated, an autosave restored).
    void markModified();
    /// For an empty new document: the folder that imported files' `file` cells are relative to.
    void setBaseDirIfUnset(const QString &folder);
    /// Takes the project's new idea of where files are (after relocating) without an undo step.
    void updateRawFiles(const std::vector<RawFileRecord> &records);

    void setResults(AnalysisTables results);
    void setAnalysisIssues(const std::vector<Diagnostic> &diagnostics);

    // Used by the undo commands only: they apply a change and tell the views.
    void applyCells(const QList<CellEdit> &edits, const QStringList &addedColumns, bool remove);
    void applySetting(const QString &datasetId, const QString &name, const QJsonValue &value);
    void applyPlotStyle(const QString &panelId, const QString &key, const QJsonValue &value);
    void insertRows(int at, const std::vector<ProjectRow> &rows, const std::vector<RowData> &data,
                    const std::vector<RawFileRecord> &records, const std::vector<Issue> &issues);
    void removeRows(int at, int count);

Q_SIGNALS:
    /// Everything changed (open, new, clear).
    void documentReset();
    /// Cells of these rows changed (columns named); the tree regroups when sample,
    /// technique or path changed.
    void cellsChanged(const QStringList &rowIds, const QStringList &columns);
    /// The list of columns changed (a column was added or taken back).
    void columnsChanged();
    void rowsInserted(int first, int count);
    void rowsRemoved(int first, int count);
    void settingChanged(const QString &datasetId, const QString &name);
    void plotStyleChanged(const QString &panelId);
    void selectionChanged();
    void currentCurveChanged();
    void issuesChanged();
    void resultsChanged();
    /// Anything that analyses depend on changed (cells, rows or settings): results are stale.
    void contentChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    void resetIssues(std::vector<Issue> issues);
    void refreshMetadataIssues();
    void combineIssues();

    QUndoStack *m_undoStack = nullptr;
    Project m_project;
    std::vector<RowData> m_rows;
    std::vector<Issue> m_loadIssues;
    std::vector<Issue> m_metadataIssues;
    std::vector<Issue> m_analysisIssues;
    std::vector<Issue> m_issues;
    QList<CurveRef> m_selection;
    CurveRef m_current;
    AnalysisTables m_results;
    bool m_dirty = false; ///< changed outside the undo stack (relocated files)
};

} // namespace gb
