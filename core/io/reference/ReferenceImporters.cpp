#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

namespace gb {

void registerReferenceImporters(ImporterRegistry &registry)
{
    (void)registry;
}

} // namespace gb
