#include "AutosaveManager.h"

#include "document/Document.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace gb {

namespace {
const QString kMinutesKey = QStringLiteral("autosave/minutes");
}

AutosaveManager::AutosaveManager(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(folder());
    m_lock = std::make_unique<QLockFile>(QDir(folder()).filePath(m_session + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    const int minutes = intervalMinutes();
    if (minutes > 0) {
        m_timer.setInterval(minutes * 60 * 1000);
        m_timer.start();
    }
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::autosaveNow);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

AutosaveManager::~AutosaveManager()
{
    discard();
    m_lock->unlock();
}

int AutosaveManager::intervalMinutes()
{
    return QSettings().value(kMinutesKey, 3).toInt();
}

void AutosaveManager::setIntervalMinutes(int minutes)
{
    QSettings().setValue(kMinutesKey, minutes);
}

QString AutosaveManager::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString AutosaveManager::autosavePath() const
{
    return QDir(folder()).filePath(m_session + QStringLiteral(".gbproj"));
}

bool AutosaveManager::autosaveNow()
{
    if (!m_document->isModified() || m_document->isEmpty())
        return false;
    if (!writeProject(m_document->project(), autosavePath()).ok())
        return false;
    QJsonObject info;
    info.insert(QStringLiteral("original"), m_document->filePath());
    info.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(QDir(folder()).filePath(m_session + QStringLiteral(".json")));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(info).toJson());
        file.commit();
    }
    return true;
}

void AutosaveManager::discard()
{
    QFile::remove(autosavePath());
    QFile::remove(QDir(folder()).filePath(m_session + QStringLiteral(".json")));
}

std::vector<AutosaveManager::Orphan> AutosaveManager::orphans()
{
    std::vector<Orphan> found;
    QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.gbproj")}, QDir::Files, QDir::Time)) {
        const QString session = QFileInfo(name).completeBaseName();
        QLockFile lock(dir.filePath(session + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running session owns it
        lock.unlock();
        QFile infoFile(dir.filePath(session + QStringLiteral(".json")));
        QJsonObject info;
        if (infoFile.open(QIODevice::ReadOnly))
            info = QJsonDocument::fromJson(infoFile.readAll()).object();
        found.push_back(
            Orphan{dir.filePath(name), info.value(QStringLiteral("original")).toString(),
                   QDateTime::fromString(info.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)});
    }
    return found;
}

void AutosaveManager::removeOrphan(const Orphan &orphan)
{
    const QFileInfo info(orphan.autosavePath);
    QFile::remove(orphan.autosavePath);
    QFile::remove(info.dir().filePath(info.completeBaseName() + QStringLiteral(".json")));
    QFile::remove(info.dir().filePath(info.completeBaseName() + QStringLiteral(".lock")));
}

} // namespace gb
