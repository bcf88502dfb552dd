#pragma once

#include <vector>

namespace gb {

/// 113-bit binary floating point (GCC's __float128, unit roundoff ≈ 1e-34). Only arithmetic
/// and conversions are used in core; transcendental functions come from libquadmath in code
/// that implements QuadPrecisionResiduals.
__extension__ typedef __float128 QuadReal;

/// Optional second interface of a FitModel for certification-grade problems whose residuals
/// sit near the rounding level of double precision (NIST Lanczos1: SSR = 1.4e-25 on data of
/// order 1, where double evaluation caps the SSR at ~3 correct digits).
///
/// When a model also implements this interface, fitNonlinear refines its converged
/// double-precision solution by Gauss–Newton iterative refinement: residuals and parameters
/// in quad precision, the Jacobian in double. SSR, reduced χ² and standard errors are then
/// computed from the quad-precision residuals. Implementations hold their own copy of the
/// observations in quad precision (parsed from the original decimal text) and must be
/// thread-safe like FitModel.
class QuadPrecisionResiduals {
public:
    virtual ~QuadPrecisionResiduals() = default;
    /// r_i = y_i − m_i(p) for every observation (unweighted); `residuals` has size n on entry.
    virtual void quadResiduals(const std::vector<QuadReal> &p, std::vector<QuadReal> &residuals) const = 0;
};

} // namespace gb
