#pragma once

#include "analysis/indentation/IndentAnalysis.h"
#include "panels/AnalysisPanel.h"

#include <optional>

class QTabWidget;
class QTableWidget;

namespace gb {

class IndentStatisticsView;
class IndentView;

/// Nanoindentation (issue 8): the current indent's P–h curve with the Hertz fit and the first
/// pop-in, accept/reject (one undoable setting: the row's rejected_curves), previous/next, beside
/// the table of every indent; and a second tab with the τc statistics per aging time.
class IndentationPanel : public AnalysisPanel {
    Q_OBJECT
public:
    explicit IndentationPanel(Document *document, QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("indentation"); }
    QString title() const override;
    QList<Technique> techniques() const override { return {Technique::Nanoindentation}; }
    CurvePlot *currentPlot() const override;

    IndentView *indentView() const { return m_indent; }
    IndentStatisticsView *statisticsView() const { return m_statistics; }
    QTableWidget *indentTable() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    const CurveRef &shownIndent() const { return m_shown; }
    const std::optional<IndentResult> &shownResult() const { return m_result; }
    /// Every indent of the campaign in table order (rows of nanoindentation, then their curves).
    QList<CurveRef> indents() const;
    /// Whether the person rejected this indent.
    bool isRejected(const CurveRef &indent) const;

public Q_SLOTS:
    void documentChanged() override;
    void selectionChanged() override {}
    void redrawNow();
    /// Shows the indent `step` places after the current one (−1: previous).
    void step(int step);
    /// Rejects (or accepts again) the indent shown: one undoable command.
    void setShownRejected(bool rejected);

private:
    void redrawScheduled() override;
    void fillTable();
    bool isIndentationRow(const QString &rowId) const;
    QString indentFileName(const CurveRef &indent) const;

    QTabWidget *m_tabs;
    IndentView *m_indent;
    QTableWidget *m_table;
    IndentStatisticsView *m_statistics;
    CurveRef m_shown;
    std::optional<IndentResult> m_result;
};

} // namespace gb
