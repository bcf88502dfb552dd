#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"
#include "io/generic/GenericDelimitedImporter.h"

#include <memory>

namespace gb {

void registerGenericImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<GenericDelimitedImporter>());
}

} // namespace gb
