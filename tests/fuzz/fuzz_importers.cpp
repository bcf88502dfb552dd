// Fuzz target for every importer of ImporterRegistry::standard().
// Input layout: byte 0 picks the importer (index into the registry's list; values past the
// end mean "let the registry choose by confidence"), byte 1 picks the file name suffix the
// importer is shown (from all importers' file patterns), the rest is the file's bytes.
// Every importer must either fail with an Error or return data; the sanitizers do the rest.
//
// Seeding (run-fuzzers.sh): with GLASSBENCH_FUZZ_SEED_FROM=<folder of real files> and
// GLASSBENCH_FUZZ_SEED_TO=<corpus folder>, LLVMFuzzerInitialize writes one input per real file
// and importer (plus one for automatic detection), with the file's own suffix, before fuzzing.
#include "FuzzEntry.h"

#include "io/ImporterRegistry.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace gb;

namespace {
QStringList knownSuffixes()
{
    QStringList suffixes;
    for (const Importer *importer : ImporterRegistry::standard().importers())
        for (const QString &pattern : importer->filePatterns()) {
            const qsizetype dot = pattern.lastIndexOf(u'.');
            const QString suffix = dot >= 0 ? pattern.mid(dot) : QString();
            if (!suffix.isEmpty() && !suffix.contains(u'*') && !suffixes.contains(suffix))
                suffixes << suffix;
        }
    suffixes.sort();
    return suffixes;
}

void writeSeeds(const QString &from, const QString &to)
{
    const std::vector<const Importer *> importers = ImporterRegistry::standard().importers();
    const QStringList suffixes = knownSuffixes();
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    int written = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        const QFileInfo info(file.fileName());
        if (info.suffix() == QLatin1String("md") || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = file.read(64 * 1024);
        const qsizetype suffix = std::max<qsizetype>(0, suffixes.indexOf(u'.' + info.suffix().toLower()));
        for (std::size_t pick = 0; pick <= importers.size(); ++pick) {
            QFile seed(
                QDir(to).filePath(QStringLiteral("seed-%1-%2").arg(info.completeBaseName()).arg(pick)));
            if (seed.open(QIODevice::WriteOnly)) {
                seed.write(QByteArray(1, char(pick)) + QByteArray(1, char(suffix)) + head);
                ++written;
            }
        }
    }
    std::fprintf(stderr, "fuzz_importers: %d seed inputs written to %s\n", written, qPrintable(to));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString from = qEnvironmentVariable("GLASSBENCH_FUZZ_SEED_FROM");
    const QString to = qEnvironmentVariable("GLASSBENCH_FUZZ_SEED_TO");
    if (!from.isEmpty() && !to.isEmpty())
        writeSeeds(from, to);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::vector<const Importer *> importers = ImporterRegistry::standard().importers();
    static const QStringList suffixes = knownSuffixes();
    if (size < 2)
        return 0;
    const std::size_t pick = data[0];
    const QString forcedId = pick < importers.size() ? importers[pick]->id() : QString();
    const QString suffix = suffixes.isEmpty() ? QStringLiteral(".txt") : suffixes[data[1] % suffixes.size()];
    // A name that exists nowhere: importers that look beside the file (Hysitron arrays) find nothing.
    const QString fileName = QStringLiteral("/nonexistent-glassbench-fuzz/input") + suffix;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const Result<ImportedFile> result = ImporterRegistry::standard().importBytes(bytes, fileName, forcedId);
    if (!result.ok() && result.error().file != fileName)
        std::abort(); // every Error names the file it is about
    if (result.ok() && result->output.datasets.empty())
        std::abort(); // the registry turns "no data" into an Error
    return 0;
}
