#pragma once

#include <QString>

namespace gb {

/// The file of the library whose CBLAS GSL's linear algebra calls in this process (BLIS when
/// the build found it, else GSL's own reference CBLAS); empty when it cannot be told.
QString cblasLibraryFile();

} // namespace gb
