#include "io/ImportSupport.h"

#include <algorithm>

namespace gb {

Result<DecodedText> readText(QIODevice &device, const QString &fileName, std::vector<Diagnostic> &diagnostics)
{
    const qint64 size = device.size();
    if (!device.isSequential() && size > kMaxImportBytes)
        return importError(fileName, 0, importerText("file is larger than 2 GiB"));
    const QByteArray raw = device.readAll();
    if (raw.isEmpty() && size > 0)
        return importError(fileName, 0, importerText("cannot read: %1").arg(device.errorString()));
    DecodedText text = decodeText(raw);
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
