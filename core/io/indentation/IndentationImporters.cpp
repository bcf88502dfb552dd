#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"
#include "io/indentation/AgilentXlsImporter.h"
#include "io/indentation/HysitronHldImporter.h"
#include "io/indentation/HysitronTxtImporter.h"
#include "io/indentation/MicroMaterialsImporter.h"

namespace gb {

void registerIndentationImporters(ImporterRegistry &registry)
{
    registry.add(std::make_unique<HysitronTxtImporter>());
    registry.add(std::make_unique<HysitronHldImporter>());
    registry.add(std::make_unique<AgilentXlsImporter>());
    registry.add(std::make_unique<MicroMaterialsImporter>());
}

} // namespace gb
