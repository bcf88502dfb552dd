#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

namespace gb {

void registerRheologyImporters(ImporterRegistry &registry)
{
    (void)registry;
}

} // namespace gb
