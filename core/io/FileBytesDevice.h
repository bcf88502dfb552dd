#pragma once

#include <QBuffer>
#include <QString>

#include <utility>

namespace gb {

/// A file's bytes, read whole, as the device an importer reads from, and the path they were
/// read from (for readers that open a file by its path, such as libfreexl). Importers read it
/// through readAllBytes(), which shares the bytes rather than copying them.
class FileBytesDevice : public QBuffer {
public:
    FileBytesDevice(const QByteArray &bytes, QString path) : m_path(std::move(path))
    {
        setData(bytes);
        open(QIODevice::ReadOnly);
    }

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace gb
