#pragma once

// Relaxation-time distribution of the stretched exponential (KWW) function, methods.md §3.6.
//
// exp(−(t/τ)^β) = ∫ H(u) exp(−t e^{−u}/τ) du with u = ln(τ′/τ). The relaxation rate τ/τ′ is the
// one-sided stable law of index β, so H is computed from two representations of its density:
// the convergent power series in e^{βu} (Pollard / Lindsey–Patterson form, used where e^{βu} is
// small and the series does not cancel) and Kanter's positive integral over (0, π) (used
// elsewhere, integrated by double-exponential quadrature). Both are exact; they agree to ~1e-14
// for β ≤ 0.99 (1e-7 at β = 0.999, where the distribution is a spike of width ~0.01 in u).

namespace gb {

/// Density H(u) of u = ln(τ′/τ) (per unit ln τ′) for the KWW function exp(−(t/τ)^β),
/// 0 < β < 1. Dimensionless; ∫H du = 1. Accurate to a few 1e-15 relative. For β ≥ 1 (a single
/// relaxation time) or β ≤ 0 it returns NaN. Thread-safe.
double kwwLogTimeDensity(double u, double beta);

/// Interval [lower, upper] of u = ln(τ′/τ) outside which the KWW distribution of β holds at
/// most `tailMass` on each side (lower tail ≈ e^{βu}/Γ(1−β), upper tail super-exponential).
struct KwwLogTimeRange {
    double lower = 0;
    double upper = 0;
};
KwwLogTimeRange kwwLogTimeRange(double beta, double tailMass);

// The mean relaxation time ⟨τ′⟩ = (τ/β)Γ(1/β) is kwwMeanRelaxationTime() in fit/KwwModel.h.

/// ⟨ln τ′⟩ = ln τ − γ_E(1/β − 1) (ln of the unit of τ).
double kwwMeanLogRelaxationTime(double lnTau, double beta);

/// Var(ln τ′) = (π²/6)(1/β² − 1).
double kwwLogTimeVariance(double beta);

/// Moment estimate of the KWW β of a distribution with variance `varianceLnTau` of ln τ′:
/// β ≈ [1 + 6 Var/π²]^{−1/2} (exact when the distribution is a KWW one).
double kwwMomentBeta(double varianceLnTau);

} // namespace gb
