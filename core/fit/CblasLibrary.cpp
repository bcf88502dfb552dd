#include "fit/CblasLibrary.h"

#include <dlfcn.h>

namespace gb {

QString cblasLibraryFile()
{
    // GSL looks its cblas_* functions up in the process's global scope, as dlsym does here.
    void *const norm = dlsym(RTLD_DEFAULT, "cblas_dnrm2");
    Dl_info info{};
    if (!norm || dladdr(norm, &info) == 0 || !info.dli_fname)
        return {};
    return QString::fromLocal8Bit(info.dli_fname);
}

} // namespace gb
