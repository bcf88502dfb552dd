#pragma once

#include "analysis/indentation/IndentAnalysis.h"

#include <QWidget>

class QLabel;
class QCPAbstractItem;
class QPushButton;

namespace gb {

class CurvePlot;

/// One indent as the analysis saw it: the loading curve P(h) (baseline-corrected), the Hertz fit
/// up to the first pop-in, the first pop-in marked with its load and burst, later pop-ins marked
/// smaller; with Previous/Next and Accept/Reject buttons (the panel acts on them).
class IndentView : public QWidget {
    Q_OBJECT
public:
    explicit IndentView(QWidget *parent = nullptr);

    /// Draws `result` (nullptr: `message` instead); `label` names the indent.
    void show(const IndentResult *result, const QString &label, const QString &message, bool rejected,
              bool simulated);

    CurvePlot *plot() const { return m_plot; }
    QPushButton *rejectButton() const { return m_reject; }
    QString summaryText() const;

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    /// The person asked to reject (true) or accept again (false) the indent shown.
    void rejectRequested(bool reject);

private:
    CurvePlot *m_plot;
    QLabel *m_summary;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_reject;
    QList<QCPAbstractItem *> m_labels;
};

} // namespace gb
