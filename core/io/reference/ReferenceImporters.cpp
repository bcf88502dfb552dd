#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"
#include "io/reference/NistStrdImporter.h"

#include <memory>

namespace gb {

void registerReferenceImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<NistStrdImporter>());
}

} // namespace gb
