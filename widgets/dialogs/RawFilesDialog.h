#pragma once

#include "project/ProjectLoader.h"

#include <QDialog>

class QTableWidget;

namespace gb {

/// Says which raw files of a project moved or changed since it was saved, and lets a person
/// point at their new places: one by one ("Locate…") or by searching a folder for them by name
/// ("Search Folder…"). Changed files are only reported (their new content is what was read).
class RawFilesDialog : public QDialog {
    Q_OBJECT
public:
    RawFilesDialog(const Project &project, const std::vector<RawFileProblem> &problems,
                   QWidget *parent = nullptr);

    /// The records with the locations chosen so far (only those that were relocated).
    std::vector<RawFileRecord> relocated() const;
    /// Looks for every missing file by name in `folder` (and its sub-folders); returns how
    /// many were found.
    int searchFolder(const QString &folder);
    /// Sets the new place of the problem in `row`.
    void relocate(int row, const QString &path);

private:
    void locateSelected();
    void refreshRow(int row);

    std::vector<RawFileProblem> m_problems;
    std::vector<RawFileRecord> m_records;
    std::vector<bool> m_moved;
    QTableWidget *m_table = nullptr;
};

} // namespace gb
