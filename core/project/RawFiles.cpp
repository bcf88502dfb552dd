#include "project/RawFiles.h"

#include "io/indentation/HysitronArrayFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RawFiles", text);
}

Result<PathDigest> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("read_error"), tr("cannot open: %1").arg(file.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(QStringLiteral("read_error"), tr("cannot read: %1").arg(file.errorString()), path);
    return PathDigest{QString::fromLatin1(hash.result().toHex()), file.size()};
}
} // namespace

Result<PathDigest> sha256OfPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QStringLiteral("missing_file"), tr("not found"), path);
    if (!info.isDir())
        return sha256OfFile(path);
    Result<QStringList> files = listHysitronArrayFiles(path);
    if (!files.ok())
        return files.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (const QString &file : *files) {
        Result<PathDigest> digest = sha256OfFile(file);
        if (!digest.ok())
            return digest.error();
        hash.addData(QFileInfo(file).fileName().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(digest->sha256.toLatin1());
        hash.addData(QByteArrayView("\n", 1));
        size += digest->size;
    }
    return PathDigest{QString::fromLatin1(hash.result().toHex()), size};
}

RawFileState checkRawFile(const RawFileRecord &record)
{
    if (!QFileInfo::exists(record.absolutePath))
        return RawFileState::Missing;
    if (record.sha256.isEmpty())
        return RawFileState::Unchanged;
    const Result<PathDigest> digest = sha256OfPath(record.absolutePath);
    if (!digest.ok())
        return RawFileState::Missing;
    return digest->sha256 == record.sha256 ? RawFileState::Unchanged : RawFileState::Changed;
}

} // namespace gb
