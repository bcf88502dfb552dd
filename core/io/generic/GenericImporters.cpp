#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

namespace gb {

void registerGenericImporters(ImporterRegistry &registry)
{
    (void)registry;
}

} // namespace gb
