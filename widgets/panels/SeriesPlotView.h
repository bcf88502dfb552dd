#pragma once

#include "analysis/campaign/AnalysisTables.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace gb {

class CurvePlot;

/// A campaign's result tables drawn as one of several plots that a person picks from a list
/// (the aging series of stress relaxation, the τc statistics of nanoindentation): the list,
/// the plot, and a note under it. Each redraw starts from a cleared plot with linear axes, the
/// legend top right and no note; a subclass draws the chosen plot in draw().
class SeriesPlotView : public QWidget {
    Q_OBJECT
public:
    /// New results (and whether they come from simulated data, which the plot then says).
    void setResults(const AnalysisTables &results, bool simulated);
    CurvePlot *plot() const { return m_plot; }

protected:
    /// `plotNames`: the list's entries, translated; `emptyNote`: what the note says when the
    /// chosen plot has nothing to draw.
    SeriesPlotView(const QStringList &plotNames, const QString &emptyNote, QWidget *parent);

    int plotIndex() const;
    void setPlotIndex(int index);
    const AnalysisTables &results() const { return m_results; }
    QLabel *note() const { return m_note; }
    /// Draws the plot at `index` of the list on the cleared plot.
    virtual void draw(int index) = 0;
    /// Clears the plot and draws the chosen one again.
    void redraw();

private:
    QComboBox *m_kind;
    CurvePlot *m_plot;
    QLabel *m_note;
    QString m_emptyNote;
    AnalysisTables m_results;
    bool m_simulated = false;
};

} // namespace gb
