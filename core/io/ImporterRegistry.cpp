#include "io/ImporterRegistry.h"

#include "io/BuiltinImporters.h"
#include "io/FileBytesDevice.h"
#include "io/ImportSupport.h"
#include "io/text/TextDecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace gb {

namespace {
constexpr qint64 kProbeSize = 64 * 1024;
/// Files up to this size are read whole before they are probed.
constexpr qint64 kWholeFileBytes = 64 * 1024 * 1024;
/// A format-specific importer at least this confident makes asking the fallbacks unnecessary.
constexpr int kSureConfidence = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("ImporterRegistry", text);
}

/// One past the last byte from 'A' up in `text`; 0 when there is none. Blocks of numbers are
/// skipped by their largest byte, a comparison the compiler does many bytes at a time (256-byte
/// blocks took 40 % fewer instructions than 64-byte ones, which reduce to one byte more often).
qsizetype endOfLetters(const QByteArray &text)
{
    constexpr qsizetype kBlock = 256;
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    qsizetype end = text.size();
    for (; end >= kBlock; end -= kBlock) {
        unsigned char largest = 0;
        for (qsizetype i = end - kBlock; i < end; ++i)
            largest = std::max(largest, bytes[i]);
        if (largest >= 'A')
            break;
    }
    while (end > 0 && bytes[end - 1] < 'A')
        --end;
    return end;
}
} // namespace

FileProbe makeFileProbe(const QString &fileName, const QByteArray &head)
{
    // Past its last byte from 'A' up, a head is ASCII, which a single-byte text keeps as it is.
    const qsizetype headLetterEnd = endOfLetters(head);
    DecodedText decoded = decodeText(head, headLetterEnd);
    FileProbe probe{fileName, head, std::move(decoded.utf8)};
    // UTF-8 and single-byte text change in length only before their last letter (a byte order
    // mark dropped, bytes from 0x80 up written in two or three): its end moves by as much.
    const bool asciiCompatible = decoded.encoding == TextEncoding::Ascii ||
                                 decoded.encoding == TextEncoding::Utf8 ||
                                 decoded.encoding == TextEncoding::Windows1252;
    probe.letterEnd =
        asciiCompatible ? headLetterEnd + probe.text.size() - head.size() : endOfLetters(probe.text);
    Q_ASSERT(probe.letterEnd == endOfLetters(probe.text));
    return probe;
}

const ImporterRegistry &ImporterRegistry::standard()
{
    static const ImporterRegistry *registry = [] {
        auto *r = new ImporterRegistry;
        registerBuiltinImporters(*r);
        return r;
    }();
    return *registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

const Importer *ImporterRegistry::find(const QString &id) const
{
    for (const auto &importer : m_importers)
        if (importer->id() == id)
            return importer.get();
    return nullptr;
}

std::vector<const Importer *> ImporterRegistry::importers() const
{
    std::vector<const Importer *> list;
    for (const auto &importer : m_importers)
        list.push_back(importer.get());
    return list;
}

std::vector<RankedImporter>
ImporterRegistry::rankWhere(const FileProbe &probe,
                            const std::function<bool(const Importer &)> &include) const
{
    std::vector<RankedImporter> ranked;
    for (const auto &importer : m_importers)
        if (include(*importer))
            if (const int c = std::clamp(importer->confidence(probe), 0, 100); c > 0)
                ranked.push_back({importer.get(), c});
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedImporter &a, const RankedImporter &b) {
        return a.confidence > b.confidence;
    });
    return ranked;
}

std::vector<RankedImporter> ImporterRegistry::rank(const FileProbe &probe) const
{
    return rankWhere(probe, [](const Importer &) { return true; });
}

Result<ImportedFile> ImporterRegistry::importFile(const QString &path, const QString &forcedId,
                                                  const ImportOptions &options) const
{
    QFile file(path);
    // Unbuffered: the file is read at once, and Qt's buffer would only copy every byte again.
    // Why a file does not open is asked only when it does not (a folder does not open either).
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(QStringLiteral("read_error"), tr("file not found"), path);
        if (info.isDir())
            return makeError(QStringLiteral("read_error"), tr("is a folder, not a file"), path);
        return makeError(QStringLiteral("read_error"), tr("cannot open: %1").arg(file.errorString()), path);
    }
    // A file of up to kWholeFileBytes is read once, whole: its head is the probe, and the
    // importer reads the same bytes from memory. A larger one is probed by its head first, so
    // that a big file of no known format is refused without being read in full.
    if (file.size() <= kWholeFileBytes) {
        const Result<QByteArray> read = readAllBytes(file, path);
        if (!read.ok())
            return read.error();
        const QByteArray &bytes = read.value();
        FileBytesDevice device(bytes, path);
        const QByteArray head =
            QByteArray::fromRawData(bytes.constData(), std::min<qsizetype>(bytes.size(), kProbeSize));
        return importDevice(device, head, path, forcedId, options);
    }
    const QByteArray head = file.peek(kProbeSize);
    return importDevice(file, head, path, forcedId, options);
}

Result<ImportedFile> ImporterRegistry::importBytes(const QByteArray &bytes, const QString &fileName,
                                                   const QString &forcedId,
                                                   const ImportOptions &options) const
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, bytes.left(kProbeSize), fileName, forcedId, options);
}

Result<ImportedFile> ImporterRegistry::importDevice(QIODevice &device, const QByteArray &head,
                                                    const QString &fileName, const QString &forcedId,
                                                    const ImportOptions &options) const
{
    std::vector<RankedImporter> candidates;
    std::optional<FileProbe> deferredProbe; // set while the fallback importers were not asked
    if (!forcedId.isEmpty()) {
        const Importer *importer = find(forcedId);
        if (!importer)
            return makeError(QStringLiteral("unknown_format"), tr("no importer called \"%1\"").arg(forcedId),
                             fileName);
        candidates.push_back({importer, importer->confidence(makeFileProbe(fileName, head))});
    } else {
        if (head.isEmpty())
            return makeError(QStringLiteral("read_error"), tr("the file is empty"), fileName);
        // Sniffing a table the generic way is the costliest probe: skip it while a
        // format-specific importer is sure (it stays the last resort should they all fail).
        const FileProbe probe = makeFileProbe(fileName, head);
        candidates = rankWhere(probe, [](const Importer &i) { return !i.isFallback(); });
        if (candidates.empty() || candidates.front().confidence < kSureConfidence)
            candidates = rank(probe);
        else
            deferredProbe = probe;
        if (candidates.empty())
            return makeError(QStringLiteral("unknown_format"), tr("not a file format Glassbench can read"),
                             fileName, 1);
    }
    // The most confident importer decides; when it cannot read the file, the next ones may
    // (a table that merely looks like an instrument export). Its error is the one reported.
    std::optional<Error> firstError;
    for (const RankedImporter &candidate : candidates) {
        if (firstError && !device.seek(0))
            break;
        Result<ImportOutput> output = candidate.importer->read(device, fileName, options);
        if (output.ok() && output->datasets.empty())
            output = makeError(
                QStringLiteral("no_data"),
                tr("no curve with data found (read as %1)").arg(candidate.importer->displayName()), fileName);
        if (output.ok())
            return ImportedFile{candidate.importer->id(), candidate.confidence, std::move(output).value()};
        if (!firstError)
            firstError = output.error();
    }
    if (deferredProbe)
        for (const RankedImporter &fallback :
             rankWhere(*deferredProbe, [](const Importer &i) { return i.isFallback(); })) {
            if (!device.seek(0))
                break;
            if (Result<ImportOutput> output = fallback.importer->read(device, fileName, options);
                output.ok() && !output->datasets.empty())
                return ImportedFile{fallback.importer->id(), fallback.confidence, std::move(output).value()};
        }
    return *firstError;
}

} // namespace gb
