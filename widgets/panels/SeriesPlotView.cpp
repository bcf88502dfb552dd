#include "panels/SeriesPlotView.h"

#include "plot/CurvePlot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gb {

SeriesPlotView::SeriesPlotView(const QStringList &plotNames, const QString &emptyNote, QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_plot(new CurvePlot(this)), m_note(new QLabel(this)),
      m_emptyNote(emptyNote)
{
    m_kind->addItems(plotNames);
    m_note->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plot:"), this));
    top->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SeriesPlotView::redraw);
}

void SeriesPlotView::setResults(const AnalysisTables &results, bool simulated)
{
    m_results = results;
    m_simulated = simulated;
    redraw();
}

int SeriesPlotView::plotIndex() const
{
    return m_kind->currentIndex();
}

void SeriesPlotView::setPlotIndex(int index)
{
    m_kind->setCurrentIndex(index);
}

void SeriesPlotView::redraw()
{
    m_plot->clearPlottables();
    m_plot->clearCurves();
    m_plot->clearVerticalItems();
    m_plot->setSimulated(m_simulated);
    m_plot->setLogScale(Qt::Horizontal, false);
    m_plot->setLogScale(Qt::Vertical, false);
    m_plot->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    m_note->clear();
    draw(plotIndex());
    if (m_plot->graphCount() == 0 && m_note->text().isEmpty())
        m_note->setText(m_emptyNote);
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 0 && m_plot->legend->itemCount() <= 12);
    m_plot->resetView();
    m_plot->placeLegendAwayFromData();
}

} // namespace gb
