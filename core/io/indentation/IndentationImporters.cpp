#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

namespace gb {

void registerIndentationImporters(ImporterRegistry &registry)
{
    (void)registry;
}

} // namespace gb
