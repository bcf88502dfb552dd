#pragma once

#include "data/Campaign.h"
#include "document/Document.h"

#include <QWidget>

#include <functional>

class QTabWidget;
class QTableWidget;

namespace gb {

class CurvePlot;

/// A tab of the workbench's central area: one technique's analysis (DSC, stress relaxation,
/// nanoindentation) or a generic view. A panel reads the Document and redraws when it says
/// something changed; every change a person makes in a panel goes through the Document's
/// undoable methods (setSetting, editCells, setPlotStyle), never into the data directly.
///
/// To add a panel: subclass, implement the four pure functions, and add one line to
/// registerStandardPanels() (panels/StandardPanels.cpp): `registry.add<MyPanel>();`.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(Document *document, QWidget *parent = nullptr);

    /// Stable id, used as the key of the panel's plot style in the project ("curves", "dsc").
    virtual QString panelId() const = 0;
    /// The tab title, translated.
    virtual QString title() const = 0;
    /// Techniques the panel analyses; empty = every technique.
    virtual QList<Technique> techniques() const = 0;
    /// The plot that "Export Figure" and "Copy Figure" take, or nullptr.
    virtual CurvePlot *currentPlot() const = 0;

    Document *document() const { return m_document; }

public Q_SLOTS:
    /// The campaign, its settings or the results changed: redraw.
    virtual void documentChanged() = 0;
    /// The selected or current curves changed.
    virtual void selectionChanged() = 0;

protected:
    /// Asks for a redraw (redrawScheduled) at the next turn of the event loop, several requests
    /// making one; a panel that is not on screen does no work until it is shown again.
    void scheduleRedraw();
    /// What a scheduled redraw does; by default nothing (panels that redraw in place).
    virtual void redrawScheduled() {}
    void showEvent(QShowEvent *event) override;

    /// The layout of a technique panel: two tabs in document mode, the first with `current` (the
    /// current dataset's view) beside `table` (the per-dataset results, read-only rows) in the
    /// ratio currentShare : 2, the second with `series` (the campaign's series plots).
    void layOutTechniqueTabs(QTabWidget *tabs, QWidget *current, QTableWidget *table, int currentShare,
                             const QString &currentTitle, QWidget *series, const QString &seriesTitle);
    /// Keeps `*datasetId` on the document's current dataset whenever that passes `accepts`, and
    /// empties it when the document is reset, scheduling a redraw each time; a row a person picks
    /// in `table` (its first item holds the dataset id in Qt::UserRole) becomes the current one.
    void followCurrentDataset(QString *datasetId, QTableWidget *table,
                              std::function<bool(const QString &)> accepts);

private:
    Document *m_document;
    bool m_redrawPending = false;
    bool m_staleWhileHidden = false;
};

} // namespace gb
