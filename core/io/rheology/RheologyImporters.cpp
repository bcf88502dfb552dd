#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"
#include "io/rheology/TriosLimsImporter.h"
#include "io/rheology/TriosTextImporter.h"

#include <memory>

namespace gb {

void registerRheologyImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<TriosTextImporter>());
    registry.add(std::make_unique<TriosLimsImporter>());
}

} // namespace gb
