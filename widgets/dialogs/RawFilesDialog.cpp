#include "dialogs/RawFilesDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gb {

RawFilesDialog::RawFilesDialog(const Project &project, const std::vector<RawFileProblem> &problems,
                               QWidget *parent)
    : QDialog(parent), m_problems(problems)
{
    setWindowTitle(tr("Raw Files Moved or Changed"));
    resize(760, 360);
    for (const RawFileProblem &problem : problems) {
        const RawFileRecord *record = project.rawFile(problem.file);
        m_records.push_back(record ? *record
                                   : RawFileRecord{problem.file, problem.expectedPath, {}, 0, {}, false, {}});
        m_moved.push_back(false);
    }
    auto *intro =
        new QLabel(tr("Some raw files of this project are not what it recorded. Files that are missing "
                      "can be located; their datasets are read again from the new place. Changed files "
                      "were read as they are now, so results may differ from when the project was saved."),
                   this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(int(problems.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("State"), tr("Location")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < int(problems.size()); ++row)
        refreshRow(row);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *locate = buttons->addButton(tr("Locate…"), QDialogButtonBox::ActionRole);
    QPushButton *search = buttons->addButton(tr("Search Folder…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Use These Locations"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Continue Without Them"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(locate, &QPushButton::clicked, this, &RawFilesDialog::locateSelected);
    connect(search, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Search Folder"));
        if (!folder.isEmpty())
            searchFolder(folder);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RawFilesDialog::refreshRow(int row)
{
    const RawFileProblem &problem = m_problems[std::size_t(row)];
    const QString state = m_moved[std::size_t(row)]                ? tr("located")
                          : problem.state == RawFileState::Missing ? tr("missing")
                                                                   : tr("changed");
    m_table->setItem(row, 0, new QTableWidgetItem(problem.file));
    m_table->setItem(row, 1, new QTableWidgetItem(state));
    m_table->setItem(
        row, 2, new QTableWidgetItem(QDir::toNativeSeparators(m_records[std::size_t(row)].absolutePath)));
}

void RawFilesDialog::relocate(int row, const QString &path)
{
    if (row < 0 || row >= int(m_records.size()))
        return;
    m_records[std::size_t(row)].absolutePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_moved[std::size_t(row)] = true;
    refreshRow(row);
}

void RawFilesDialog::locateSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const RawFileProblem &problem = m_problems[std::size_t(row)];
    const QString start = QFileInfo(problem.expectedPath).absolutePath();
    const QString path =
        QFileInfo(problem.expectedPath).suffix().isEmpty()
            ? QFileDialog::getExistingDirectory(this, tr("Locate %1").arg(problem.file), start)
            : QFileDialog::getOpenFileName(this, tr("Locate %1").arg(problem.file), start);
    if (path.isEmpty())
        return;
    relocate(row, path);
    // Files that moved together are usually found together.
    const QString folder = QFileInfo(path).absolutePath();
    for (int other = 0; other < int(m_problems.size()); ++other) {
        if (m_moved[std::size_t(other)] || m_problems[std::size_t(other)].state != RawFileState::Missing)
            continue;
        const QString candidate =
            QDir(folder).filePath(QFileInfo(m_problems[std::size_t(other)].expectedPath).fileName());
        if (QFileInfo::exists(candidate))
            relocate(other, candidate);
    }
}

int RawFilesDialog::searchFolder(const QString &folder)
{
    int found = 0;
    for (int row = 0; row < int(m_problems.size()); ++row) {
        if (m_moved[std::size_t(row)] || m_problems[std::size_t(row)].state != RawFileState::Missing)
            continue;
        const QString name = QFileInfo(m_problems[std::size_t(row)].expectedPath).fileName();
        QDirIterator it(folder, {name}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        if (it.hasNext()) {
            relocate(row, it.next());
            ++found;
        }
    }
    return found;
}

std::vector<RawFileRecord> RawFilesDialog::relocated() const
{
    std::vector<RawFileRecord> records;
    for (std::size_t i = 0; i < m_records.size(); ++i)
        if (m_moved[i])
            records.push_back(m_records[i]);
    return records;
}

} // namespace gb
