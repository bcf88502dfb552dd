#pragma once

namespace gb {

class ImporterRegistry;

/// Adds every importer Glassbench ships, family by family. Each family's file lists its
/// importers: dsc/DscImporters.cpp, rheology/RheologyImporters.cpp,
/// indentation/IndentationImporters.cpp, reference/ReferenceImporters.cpp,
/// generic/GenericImporters.cpp.
void registerBuiltinImporters(ImporterRegistry &registry);

void registerDscImporters(ImporterRegistry &registry);
void registerRheologyImporters(ImporterRegistry &registry);
void registerIndentationImporters(ImporterRegistry &registry);
void registerGenericImporters(ImporterRegistry &registry);
void registerReferenceImporters(ImporterRegistry &registry); ///< NIST StRD .dat

} // namespace gb
