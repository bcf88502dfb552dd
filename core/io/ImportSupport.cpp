#include "io/ImportSupport.h"

#include "io/FileBytesDevice.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>

namespace gb {

Result<QByteArray> readAllBytes(QIODevice &device, const QString &fileName)
{
    if (auto *buffer = qobject_cast<QBuffer *>(&device); buffer && buffer->pos() == 0) {
        const QByteArray &bytes = buffer->data();
        buffer->seek(bytes.size());
        return bytes;
    }
    const qint64 size = device.size();
    if (!device.isSequential() && size > kMaxImportBytes)
        return importError(fileName, 0, importerText("file is larger than 2 GiB"));
    QByteArray bytes = device.readAll();
    if (bytes.isEmpty() && size > 0)
        return importError(fileName, 0, importerText("cannot read: %1").arg(device.errorString()));
    return bytes;
}

QString sourcePath(const QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFile *>(&device))
        return file->fileName();
    if (const auto *bytes = dynamic_cast<const FileBytesDevice *>(&device))
        return bytes->path();
    return {};
}

Result<DecodedText> readText(QIODevice &device, const QString &fileName, std::vector<Diagnostic> &diagnostics)
{
    const Result<QByteArray> raw = readAllBytes(device, fileName);
    if (!raw.ok())
        return raw.error();
    DecodedText text = decodeText(raw.value());
    if (text.droppedTrailingByte)
        diagnostics.push_back(
            Diagnostic{Severity::Warning, QStringLiteral("truncated_text"),
                       importerText("%1 text ends in half a character; the last byte was ignored")
                           .arg(encodingName(text.encoding)),
                       fileName, 0, 1});
    return text;
}

Error importError(const QString &fileName, qint64 line, const QString &message, const QString &code)
{
    return Error{code, message, fileName, line};
}

std::string_view markerRegion(const FileProbe &probe, std::string_view needle)
{
    Q_ASSERT_X(std::any_of(needle.begin(), needle.end(),
                           [](char c) { return static_cast<unsigned char>(c) >= 'A'; }),
               "markerRegion", "a marker without a letter may lie anywhere");
    const qsizetype end = std::min(probe.text.size(), probe.letterEnd + qsizetype(needle.size()));
    return std::string_view(probe.text.constData(), std::size_t(end));
}

bool hasSuffix(const QString &fileName, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes)
        if (fileName.endsWith(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace gb
