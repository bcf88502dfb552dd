// Fuzz target for the project-file reader (parseProject, core/project/ProjectFile.h).
#include "FuzzEntry.h"

#include "project/ProjectFile.h"

#include <cstdlib>

using namespace gb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("/nonexistent-glassbench-fuzz/fuzz.gbproj");
    const Result<Project> project = parseProject(bytes, path);
    if (!project.ok() && project.error().file != path)
        std::abort();
    if (project.ok())
        (void)formatProject(*project, path); // what was read can be written back
    return 0;
}
