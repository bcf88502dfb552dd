#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

namespace gb {

void registerDscImporters(ImporterRegistry &registry)
{
    (void)registry;
}

} // namespace gb
