#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace gb {

class JobRunner;

/// The status bar's view of background work: what runs, a progress bar and a Cancel button.
/// Hidden while nothing runs.
class JobProgressBar : public QWidget {
    Q_OBJECT
public:
    JobProgressBar(JobRunner *jobs, QWidget *parent = nullptr);

    QToolButton *cancelButton() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }

private:
    JobRunner *m_jobs;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace gb
