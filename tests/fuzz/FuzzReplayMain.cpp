// Replays saved fuzz inputs through a fuzz target's entry function without libFuzzer, so
// ctest checks every kept regression in any build (GCC, Clang, with or without sanitizers).
// Arguments: files or folders (read recursively, in name order). A folder that does not exist
// holds no regressions yet; README files are skipped. Exit status 0 when every input ran.
#include "FuzzEntry.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace {
QStringList inputsUnder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!QFileInfo(file).fileName().startsWith(QLatin1String("README")))
            files << file;
    }
    files.sort();
    return files;
}
} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString &file : inputsUnder(QString::fromLocal8Bit(argv[i]))) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            std::printf("replaying %s (%lld bytes)\n", qPrintable(file),
                        static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   std::size_t(bytes.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed without a crash\n", replayed);
    return 0;
}
