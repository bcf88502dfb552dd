#include "panels/CurvesPanel.h"

#include "data/DatasetAxes.h"
#include "plot/CurvePlot.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gb {

namespace {
QString curveKey(const CurveRef &ref)
{
    return ref.rowId + u'\x1f' + QString::number(ref.index);
}

CurveRef curveFromKey(const QString &key)
{
    const qsizetype split = key.lastIndexOf(u'\x1f');
    return CurveRef{key.left(split), key.mid(split + 1).toInt()};
}
} // namespace

CurvesPanel::CurvesPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_plot(new CurvePlot(this)), m_hint(new QLabel(this))
{
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Select datasets in the Campaign tree to plot them."));
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 6px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_plot, 1);

    connect(m_plot, &CurvePlot::curveClicked, this,
            [this](const QString &key, bool) { this->document()->setCurrentCurve(curveFromKey(key)); });
    connect(m_plot, &CurvePlot::logScaleToggled, this, [this](Qt::Orientation axis, bool on) {
        this->document()->setPlotStyle(
            panelId(), axis == Qt::Horizontal ? QStringLiteral("log_x") : QStringLiteral("log_y"),
            on ? QJsonValue(true) : QJsonValue());
    });
    connect(document, &Document::plotStyleChanged, this, [this](const QString &panel) {
        if (panel == panelId()) {
            applyStyle();
            m_plot->resetView();
        }
    });
    connect(document, &Document::currentCurveChanged, this, [this] {
        const CurveRef current = this->document()->currentCurve();
        m_plot->setHighlightedKeys(current.rowId.isEmpty() || this->document()->selection().size() < 2
                                       ? QStringList{}
                                       : QStringList{curveKey(current)});
        m_plot->replot();
    });
    applyStyle();
    redraw();
}

QString CurvesPanel::title() const
{
    return tr("Curves");
}

void CurvesPanel::documentChanged()
{
    applyStyle(); // a newly opened project brings its own plot style
    redraw();
}

void CurvesPanel::selectionChanged()
{
    redraw();
}

void CurvesPanel::applyStyle()
{
    const QJsonObject style = document()->plotStyle(panelId());
    m_plot->setLogScale(Qt::Horizontal, style.value(QStringLiteral("log_x")).toBool(false));
    m_plot->setLogScale(Qt::Vertical, style.value(QStringLiteral("log_y")).toBool(false));
}

void CurvesPanel::redraw()
{
    Document *doc = document();
    m_plot->clearCurves();
    m_plot->setSimulated(doc->isSimulated());
    QList<CurveRef> curves = doc->selection();
    if (curves.size() > kMaxCurves) {
        QList<CurveRef> thinned;
        const double step = double(curves.size()) / kMaxCurves;
        for (int i = 0; i < kMaxCurves; ++i)
            thinned << curves[int(i * step)];
        curves = thinned;
    }
    for (const CurveRef &ref : curves) {
        const DatasetPtr dataset = doc->curve(ref);
        if (!dataset)
            continue;
        const DatasetAxes axes = defaultAxes(*dataset);
        if (!axes.x || !axes.y)
            continue;
        Column y = *axes.y;
        if (doc->settings().get(ref.rowId, settings::kSignFlip, false))
            for (double &v : y.values)
                v = -v;
        m_plot->addCurve(*axes.x, y, doc->curveLabel(ref), curveKey(ref));
    }
    m_hint->setVisible(m_plot->graphCount() == 0);
    if (doc->selection().size() > kMaxCurves)
        m_hint->setText(tr("Showing %1 of %2 selected curves.").arg(kMaxCurves).arg(doc->selection().size()));
    else
        m_hint->setText(doc->isEmpty() ? tr("Open a campaign, or drop instrument files here.")
                                       : tr("Select datasets in the Campaign tree to plot them."));
    m_hint->setVisible(m_plot->graphCount() == 0 || doc->selection().size() > kMaxCurves);
    const CurveRef current = doc->currentCurve();
    m_plot->setHighlightedKeys(current.rowId.isEmpty() || curves.size() < 2 ? QStringList{}
                                                                            : QStringList{curveKey(current)});
    m_plot->resetView();
}

} // namespace gb
