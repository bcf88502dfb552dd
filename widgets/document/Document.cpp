#include "document/Document.h"

#include "document/DocumentCommands.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace gb {

namespace {
const QString kFile = QStringLiteral("file");
}

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (!m_project.path.isEmpty())
        return QFileInfo(m_project.path).completeBaseName();
    if (!m_project.manifestPath.isEmpty())
        return QFileInfo(m_project.manifestPath).fileName();
    return tr("Untitled");
}

bool Document::isModified() const
{
    return m_dirty || !m_undoStack->isClean();
}

int Document::rowIndex(const QString &rowId) const
{
    for (std::size_t i = 0; i < m_project.rows.size(); ++i)
        if (m_project.rows[i].id == rowId)
            return int(i);
    return -1;
}

QString Document::cell(int row, const QString &column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_project.rows[std::size_t(row)].row.cells.value(column);
}

DatasetPtr Document::curve(const CurveRef &ref) const
{
    const int row = rowIndex(ref.rowId);
    if (row < 0)
        return nullptr;
    const std::vector<DatasetPtr> &datasets = m_rows[std::size_t(row)].datasets;
    if (ref.index < 0 || ref.index >= int(datasets.size()))
        return nullptr;
    return datasets[std::size_t(ref.index)];
}

QList<CurveRef> Document::curvesOf(const QString &rowId) const
{
    QList<CurveRef> curves;
    const int row = rowIndex(rowId);
    if (row >= 0)
        for (int i = 0; i < int(m_rows[std::size_t(row)].datasets.size()); ++i)
            curves << CurveRef{rowId, i};
    return curves;
}

QString Document::curveLabel(const CurveRef &ref) const
{
    const int row = rowIndex(ref.rowId);
    if (row < 0)
        return ref.rowId;
    const QString file = QFileInfo(cell(row, kFile)).fileName();
    const QString segment = cell(row, QStringLiteral("segment"));
    const DatasetPtr dataset = curve(ref);
    if (m_rows[std::size_t(row)].datasets.size() > 1 && dataset)
        return QStringLiteral("%1 / %2").arg(file, QFileInfo(dataset->sourceFile).fileName());
    if (dataset && !dataset->curveName.isEmpty())
        return QStringLiteral("%1 · %2").arg(file, dataset->curveName);
    return segment.isEmpty() ? file : QStringLiteral("%1 #%2").arg(file, segment);
}

QJsonObject Document::plotStyle(const QString &panelId) const
{
    return m_project.plotStyles.value(panelId).toObject();
}

LoadedCampaign Document::loadedCampaign() const
{
    return loadedCampaignOf(m_project, m_rows);
}

void Document::setSelection(const QList<CurveRef> &curves)
{
    if (curves == m_selection)
        return;
    m_selection = curves;
    Q_EMIT selectionChanged();
}

void Document::setCurrentCurve(const CurveRef &curve)
{
    if (curve == m_current)
        return;
    m_current = curve;
    Q_EMIT currentCurveChanged();
}

void Document::editCells(const QList<CellEdit> &edits, const QString &text)
{
    auto *command = new EditCellsCommand(this, edits, text);
    if (!command->changesSomething()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

void Document::setSetting(const QString &datasetId, const QString &name, const QJsonValue &value,
                          const QString &text)
{
    if (m_project.settings.value(datasetId, name) == value)
        return;
    m_undoStack->push(new SetSettingCommand(this, datasetId, name, value, text));
}

void Document::setPlotStyle(const QString &panelId, const QString &key, const QJsonValue &value)
{
    if (plotStyle(panelId).value(key) == value)
        return;
    m_undoStack->push(new SetPlotStyleCommand(this, panelId, key, value));
}

void Document::addRows(const std::vector<ProjectRow> &rows, const std::vector<RowData> &data,
                       const std::vector<RawFileRecord> &records, const std::vector<Issue> &issues)
{
    if (rows.empty())
        return;
    m_undoStack->push(new AddRowsCommand(this, rows, data, records, issues));
}

void Document::load(LoadedProject loaded)
{
    m_undoStack->clear();
    m_project = std::move(loaded.project);
    m_rows = std::move(loaded.rows);
    m_rows.resize(m_project.rows.size());
    m_selection.clear();
    m_current = CurveRef{};
    m_results = AnalysisTables{};
    m_analysisIssues.clear();
    m_dirty = false;
    m_undoStack->setClean();
    m_metadataIssues = std::move(loaded.metadataIssues);
    resetIssues(std::move(loaded.issues));
    Q_EMIT documentReset();
    Q_EMIT filePathChanged();
    Q_EMIT modifiedChanged(isModified());
    Q_EMIT selectionChanged();
    Q_EMIT currentCurveChanged();
    Q_EMIT resultsChanged();
    Q_EMIT contentChanged();
}

void Document::clear()
{
    load(LoadedProject{});
}

void Document::markSaved(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool moved = absolute != m_project.path;
    m_project.path = absolute;
    if (m_project.baseDir.isEmpty())
        m_project.baseDir = QFileInfo(absolute).absolutePath();
    m_dirty = false;
    m_undoStack->setClean();
    if (moved) {
        refreshMetadataIssues(); // findings now point at project rows
        Q_EMIT filePathChanged();
    }
    Q_EMIT modifiedChanged(false);
}

void Document::markModified()
{
    m_dirty = true;
    Q_EMIT modifiedChanged(true);
}

void Document::setBaseDirIfUnset(const QString &folder)
{
    if (m_project.baseDir.isEmpty() && m_project.rows.empty())
        m_project.baseDir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

void Document::updateRawFiles(const std::vector<RawFileRecord> &records)
{
    for (const RawFileRecord &record : records) {
        if (RawFileRecord *existing = m_project.rawFile(record.file))
            *existing = record;
        else
            m_project.rawFiles.push_back(record);
    }
    markModified();
}

void Document::setResults(AnalysisTables results)
{
    m_results = std::move(results);
    Q_EMIT resultsChanged();
}

void Document::setAnalysisIssues(const std::vector<Diagnostic> &diagnostics)
{
    m_analysisIssues.clear();
    for (const Diagnostic &d : diagnostics) {
        QString rowId;
        if (d.line > 0 && d.file == m_project.path && d.line <= rowCount())
            rowId = row(int(d.line - 1)).id;
        m_analysisIssues.push_back(Issue{d, rowId});
    }
    combineIssues();
}

void Document::resetIssues(std::vector<Issue> issues)
{
    m_loadIssues = std::move(issues);
    combineIssues();
}

void Document::refreshMetadataIssues()
{
    m_metadataIssues = metadataIssues(m_project);
    combineIssues();
}

void Document::combineIssues()
{
    m_issues = m_metadataIssues;
    m_issues.insert(m_issues.end(), m_loadIssues.begin(), m_loadIssues.end());
    m_issues.insert(m_issues.end(), m_analysisIssues.begin(), m_analysisIssues.end());
    Q_EMIT issuesChanged();
}

void Document::applyCells(const QList<CellEdit> &edits, const QStringList &addedColumns, bool remove)
{
    if (!remove && !addedColumns.isEmpty())
        for (const QString &column : addedColumns)
            if (!m_project.columns.contains(column))
                m_project.columns << column;
    QStringList rowIds;
    QStringList columns;
    for (const CellEdit &edit : edits) {
        const int row = rowIndex(edit.rowId);
        if (row < 0)
            continue;
        m_project.rows[std::size_t(row)].row.cells.insert(edit.column, edit.value);
        if (!rowIds.contains(edit.rowId))
            rowIds << edit.rowId;
        if (!columns.contains(edit.column))
            columns << edit.column;
    }
    if (remove && !addedColumns.isEmpty()) {
        for (const QString &column : addedColumns) {
            m_project.columns.removeAll(column);
            for (ProjectRow &row : m_project.rows)
                row.row.cells.remove(column);
        }
    }
    if (!addedColumns.isEmpty())
        Q_EMIT columnsChanged();
    Q_EMIT cellsChanged(rowIds, columns);
    refreshMetadataIssues();
    Q_EMIT contentChanged();
}

void Document::applySetting(const QString &datasetId, const QString &name, const QJsonValue &value)
{
    m_project.settings.setValue(datasetId, name, value);
    Q_EMIT settingChanged(datasetId, name);
    Q_EMIT contentChanged();
}

void Document::applyPlotStyle(const QString &panelId, const QString &key, const QJsonValue &value)
{
    QJsonObject style = plotStyle(panelId);
    if (value.isUndefined() || value.isNull())
        style.remove(key);
    else
        style.insert(key, value);
    if (style.isEmpty())
        m_project.plotStyles.remove(panelId);
    else
        m_project.plotStyles.insert(panelId, style);
    Q_EMIT plotStyleChanged(panelId);
}

void Document::insertRows(int at, const std::vector<ProjectRow> &rows, const std::vector<RowData> &data,
                          const std::vector<RawFileRecord> &records, const std::vector<Issue> &issues)
{
    at = std::clamp(at, 0, rowCount());
    m_project.rows.insert(m_project.rows.begin() + at, rows.begin(), rows.end());
    std::vector<RowData> padded = data;
    padded.resize(rows.size());
    m_rows.insert(m_rows.begin() + at, padded.begin(), padded.end());
    for (const QString &column : [&] {
             QStringList used;
             for (const ProjectRow &row : rows)
                 used << row.row.cells.keys();
             return used;
         }())
        if (!m_project.columns.contains(column))
            m_project.columns << column;
    for (const RawFileRecord &record : records)
        if (!m_project.rawFile(record.file))
            m_project.rawFiles.push_back(record);
    m_loadIssues.insert(m_loadIssues.end(), issues.begin(), issues.end());
    refreshMetadataIssues();
    Q_EMIT rowsInserted(at, int(rows.size()));
    Q_EMIT contentChanged();
}

void Document::removeRows(int at, int count)
{
    if (at < 0 || count <= 0 || at + count > rowCount())
        return;
    QSet<QString> removed;
    for (int i = at; i < at + count; ++i)
        removed.insert(row(i).id);
    m_project.rows.erase(m_project.rows.begin() + at, m_project.rows.begin() + at + count);
    m_rows.erase(m_rows.begin() + at, m_rows.begin() + at + count);
    QSet<QString> filesInUse;
    for (const ProjectRow &row : m_project.rows)
        filesInUse.insert(row.row.cells.value(kFile).trimmed());
    std::erase_if(m_project.rawFiles, [&](const RawFileRecord &r) { return !filesInUse.contains(r.file); });
    std::vector<Issue> kept;
    for (const Issue &issue : m_loadIssues)
        if (!removed.contains(issue.rowId))
            kept.push_back(issue);
    QList<CurveRef> selection;
    for (const CurveRef &ref : m_selection)
        if (!removed.contains(ref.rowId))
            selection << ref;
    m_loadIssues = std::move(kept);
    refreshMetadataIssues();
    Q_EMIT rowsRemoved(at, count);
    Q_EMIT contentChanged();
    setSelection(selection);
    if (removed.contains(m_current.rowId))
        setCurrentCurve(CurveRef{});
}

} // namespace gb
