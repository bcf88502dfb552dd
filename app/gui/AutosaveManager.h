#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace gb {

class Document;

/// Writes the document to a private autosave file every few minutes while it has unsaved
/// changes, and removes it when the document is saved or closed cleanly. Each running window
/// holds a lock file; an autosave whose lock nobody holds was left by a session that crashed,
/// and is offered back at the next start.
class AutosaveManager : public QObject {
    Q_OBJECT
public:
    /// An autosave left behind by a session that ended without cleaning up.
    struct Orphan {
        QString autosavePath; ///< the .gbproj written by the autosave
        QString originalPath; ///< the project it was a copy of (empty for an unsaved one)
        QDateTime savedAt;
    };

    AutosaveManager(Document *document, QObject *parent = nullptr);
    ~AutosaveManager() override;

    /// Minutes between autosaves (QSettings "autosave/minutes", default 3; 0 = off).
    static int intervalMinutes();
    static void setIntervalMinutes(int minutes);
    /// The folder autosaves live in.
    static QString folder();

    /// Writes the autosave now if the document has unsaved changes; true when written.
    bool autosaveNow();
    /// Removes this session's autosave (after a save, or when the document is closed).
    void discard();
    QString autosavePath() const;

    /// Autosaves of sessions that are no longer running.
    static std::vector<Orphan> orphans();
    /// Deletes an orphan's files.
    static void removeOrphan(const Orphan &orphan);

private:
    Document *m_document;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace gb
