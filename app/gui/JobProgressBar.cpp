#include "JobProgressBar.h"

#include "document/JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace gb {

JobProgressBar::JobProgressBar(JobRunner *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the work in progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    setVisible(false);
    connect(m_cancel, &QToolButton::clicked, jobs, &JobRunner::cancel);
    connect(jobs, &JobRunner::started, this, [this](const QString &title) {
        m_label->setText(title);
        m_bar->setRange(0, 0);
        m_cancel->setEnabled(true);
        setVisible(true);
    });
    connect(jobs, &JobRunner::progressed, this, [this](qint64 done, qint64 total, const QString &what) {
        if (total > 0) {
            m_bar->setRange(0, int(std::min<qint64>(total, 1 << 30)));
            m_bar->setValue(int(std::min(done, total)));
        }
        m_bar->setToolTip(what);
    });
    connect(jobs, &JobRunner::finished, this, [this] { setVisible(false); });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
    });
}

} // namespace gb
