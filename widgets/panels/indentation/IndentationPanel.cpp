#include "panels/indentation/IndentationPanel.h"

#include "analysis/indentation/IndentationCampaign.h"
#include "models/ResultTableValues.h"
#include "panels/indentation/IndentStatisticsView.h"
#include "panels/indentation/IndentView.h"
#include "plot/CurvePlot.h"
#include "project/ProjectAnalysis.h"

#include <QFileInfo>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>

namespace gb {

IndentationPanel::IndentationPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_tabs(new QTabWidget(this)), m_indent(new IndentView(this)),
      m_table(new QTableWidget(this)), m_statistics(new IndentStatisticsView(this))
{
    m_table->setObjectName(QStringLiteral("indentTable"));
    layOutTechniqueTabs(m_tabs, m_indent, m_table, 3, tr("Indent"), m_statistics, tr("Statistics"));

    connect(m_indent, &IndentView::previousRequested, this, [this] { step(-1); });
    connect(m_indent, &IndentView::nextRequested, this, [this] { step(1); });
    connect(m_indent, &IndentView::rejectRequested, this, &IndentationPanel::setShownRejected);
    // A row a person picks (click or arrow keys) becomes the current indent.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_table->hasFocus() || row < 0)
            return;
        const QList<CurveRef> all = indents();
        if (row < all.size() && !(all[row] == m_shown))
            this->document()->setCurrentCurve(all[row]);
    });
    connect(document, &Document::currentCurveChanged, this, [this] {
        const CurveRef current = this->document()->currentCurve();
        if (isIndentationRow(current.rowId) && !(current == m_shown)) {
            m_shown = current;
            scheduleRedraw();
        }
    });
    connect(document, &Document::documentReset, this, [this] {
        m_shown = CurveRef{};
        scheduleRedraw();
    });
    redrawNow();
}

QString IndentationPanel::title() const
{
    return tr("Nanoindentation");
}

CurvePlot *IndentationPanel::currentPlot() const
{
    return m_tabs->currentIndex() == 1 ? m_statistics->plot() : m_indent->plot();
}

bool IndentationPanel::isIndentationRow(const QString &rowId) const
{
    const int row = document()->rowIndex(rowId);
    return row >= 0 &&
           techniqueFromId(document()->cell(row, QStringLiteral("technique"))) == Technique::Nanoindentation;
}

QList<CurveRef> IndentationPanel::indents() const
{
    // The order of ni_indents.csv: rows in campaign order (rows rejected as a whole left out),
    // then the indents of each row.
    QList<CurveRef> all;
    const Document *doc = document();
    for (int i = 0; i < doc->rowCount(); ++i) {
        const QString id = doc->row(i).id;
        if (isIndentationRow(id) && !doc->settings().get(id, settings::kRejected, false))
            all << doc->curvesOf(id);
    }
    return all;
}

bool IndentationPanel::isRejected(const CurveRef &indent) const
{
    return document()
        ->settings()
        .get(indent.rowId, settings::kRejectedCurves, QList<int>{})
        .contains(indent.index + 1);
}

QString IndentationPanel::indentFileName(const CurveRef &indent) const
{
    const int row = document()->rowIndex(indent.rowId);
    const QString file = row >= 0 ? document()->cell(row, QStringLiteral("file")) : QString();
    if (document()->curvesOf(indent.rowId).size() < 2)
        return file;
    const DatasetPtr d = document()->curve(indent);
    if (!d)
        return file;
    // One indent of an array: its own name says which (the array's folder is the group).
    return indentName(*d);
}

void IndentationPanel::documentChanged()
{
    scheduleRedraw();
}

void IndentationPanel::redrawScheduled()
{
    redrawNow();
}

void IndentationPanel::step(int step)
{
    const QList<CurveRef> all = indents();
    if (all.isEmpty())
        return;
    const int at = int(all.indexOf(m_shown));
    const int next = std::clamp(at < 0 ? 0 : at + step, 0, int(all.size()) - 1);
    document()->setCurrentCurve(all[next]);
    m_shown = all[next];
    redrawNow();
}

void IndentationPanel::setShownRejected(bool rejected)
{
    if (m_shown.rowId.isEmpty() || rejected == isRejected(m_shown))
        return;
    QList<int> list = document()->settings().get(m_shown.rowId, settings::kRejectedCurves, QList<int>{});
    if (rejected)
        list.append(m_shown.index + 1);
    else
        list.removeAll(m_shown.index + 1);
    std::sort(list.begin(), list.end());
    document()->setSetting(m_shown.rowId, settings::kRejectedCurves.id(),
                           list.isEmpty() ? QJsonValue() : settingToJson(list),
                           rejected ? tr("Reject indent") : tr("Accept indent"));
}

void IndentationPanel::redrawNow()
{
    Document *doc = document();
    const QList<CurveRef> all = indents();
    if (!all.contains(m_shown)) {
        const CurveRef current = doc->currentCurve();
        m_shown = all.contains(current) ? current : (all.isEmpty() ? CurveRef{} : all.front());
    }
    m_result.reset();
    QString message = tr("No nanoindentation curve in this campaign.");
    const DatasetPtr dataset = m_shown.rowId.isEmpty() ? nullptr : doc->curve(m_shown);
    const bool rejected = !m_shown.rowId.isEmpty() && isRejected(m_shown);
    if (dataset) {
        const Result<AnalysisSettings> stored = analysisSettingsOf(doc->project());
        const IndentationSettings settings = stored.ok() ? stored->indentation : IndentationSettings{};
        const int row = doc->rowIndex(m_shown.rowId);
        bool hasRadius = false;
        const double radius = doc->cell(row, QStringLiteral("tip_radius_nm")).toDouble(&hasRadius);
        IndentOverride override = settings.overrideFor(m_shown.rowId, m_shown.index);
        override.rejected = false; // draw the analysis a rejected indent would have had
        m_result = analyzeIndent(*dataset, hasRadius && radius > 0 ? radius : settings.defaultTipRadiusNm,
                                 settings, override);
    } else if (!m_shown.rowId.isEmpty()) {
        message = tr("%1 could not be read.").arg(m_shown.rowId);
    }
    const int position = int(all.indexOf(m_shown));
    const QString label =
        dataset ? tr("%1 (%2 of %3)").arg(indentFileName(m_shown)).arg(position + 1).arg(all.size())
                : QString();
    m_indent->show(m_result ? &*m_result : nullptr, label, message, rejected, doc->isSimulated());
    fillTable();
    m_statistics->setResults(doc->results(), doc->isSimulated());
}

void IndentationPanel::fillTable()
{
    const ResultTable *table = findResultTable(document()->results(), QStringLiteral("ni_indents.csv"));
    if (!table) {
        m_table->clear();
        m_table->setRowCount(0);
        return;
    }
    std::vector<qsizetype> rows;
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        rows.push_back(r);
    fillSummaryTable(m_table, *table, rows, {},
                     {{QStringLiteral("file"), tr("Indent"), -1},
                      {QStringLiteral("t_a_s"), tr("t_a (s)"), 1},
                      {QStringLiteral("Er_GPa"), tr("E_r (GPa)"), 2},
                      {QStringLiteral("P_popin_uN"), tr("P pop-in (µN)"), 1},
                      {QStringLiteral("tau_c_GPa"), tr("τc (GPa)"), 3},
                      {QStringLiteral("status"), tr("Status"), -1}});
    // An array's indents share their folder, which the table's `file` names first
    // ("folder#indent"): the indent's own name identifies the row, the whole one is the tooltip.
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *item = m_table->item(r, 0)) {
            const QString file = item->text();
            item->setToolTip(file);
            item->setText(file.contains(u'#') ? file.section(u'#', -1) : QFileInfo(file).fileName());
        }
    m_table->resizeColumnToContents(0);
    const QSignalBlocker block(m_table);
    const int shown = int(indents().indexOf(m_shown));
    if (shown >= 0 && shown < m_table->rowCount())
        m_table->selectRow(shown);
}

} // namespace gb
