// Fuzz target for the campaign manifest reader (parseManifest, interfaces.md §1).
#include "FuzzEntry.h"

#include "io/ManifestFile.h"

#include <cstdlib>

using namespace gb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("fuzz-manifest.csv");
    const Result<Manifest> manifest = parseManifest(bytes, path);
    if (!manifest.ok() && manifest.error().file != path)
        std::abort();
    if (manifest.ok())
        (void)formatManifest(*manifest); // what was read can be written back
    return 0;
}
