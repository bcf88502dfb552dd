#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"
#include "io/dsc/MettlerStareImporter.h"
#include "io/dsc/NetzschProteusImporter.h"
#include "io/dsc/PerkinElmerPyrisImporter.h"
#include "io/dsc/SetaramCalistoImporter.h"
#include "io/dsc/TaUniversalAnalysisImporter.h"

namespace gb {

void registerDscImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<MettlerStareImporter>());
    registry.add(std::make_unique<TaUniversalAnalysisImporter>());
    registry.add(std::make_unique<NetzschProteusImporter>());
    registry.add(std::make_unique<SetaramCalistoImporter>());
    registry.add(std::make_unique<PerkinElmerPyrisImporter>());
}

} // namespace gb
