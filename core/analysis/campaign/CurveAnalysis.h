#pragma once

#include "analysis/indentation/IndentAnalysis.h"
#include "analysis/relaxation/RelaxationFit.h"

#include <variant>

namespace gb {

/// The analysis of one curve on its own, before any grouping: an indent, or a stress-relaxation
/// curve (see AnalysisOnRead).
using CurveAnalysis = std::variant<IndentResult, RelaxationCurveResult>;

} // namespace gb
