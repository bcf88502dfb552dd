#include "io/BuiltinImporters.h"

namespace gb {

void registerBuiltinImporters(ImporterRegistry &registry)
{
    registerDscImporters(registry);
    registerRheologyImporters(registry);
    registerIndentationImporters(registry);
    registerReferenceImporters(registry);
    registerGenericImporters(registry);
}

} // namespace gb
