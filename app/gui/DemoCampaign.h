#pragma once

#include "support/Result.h"

#include <QString>

#include <cstdint>

namespace gb {

/// The simulated demo campaign a new user sees first: the `small` synthetic campaign of
/// `glassbench-cli simulate` with a fixed seed. It ships as its generator: the first time it is
/// opened, it is written into the program's data folder (a project must point at real files),
/// and opened from there afterwards. A folder named by the environment variable
/// GLASSBENCH_DEMO_DIR, or share/glassbench/demo next to the program, is used instead when it
/// holds a campaign manifest.
class DemoCampaign {
public:
    /// The seed of the demo; `glassbench-cli simulate --campaign small --seed 2026` writes the
    /// same bytes.
    static constexpr std::uint64_t kSeed = 2026;

    /// The demo manifest's path when the demo is already on disk, else empty.
    static QString locate();
    /// Where the demo is generated: a folder of the program's data location, per version.
    static QString generatedFolder();
    /// Writes the demo into generatedFolder() and returns its manifest's path. Takes a few
    /// seconds; thread-safe (run it on a worker).
    static Result<QString> generate();
    /// The first campaign manifest (a .csv whose header names `file` and `technique`) directly
    /// in `folder`, or empty.
    static QString manifestIn(const QString &folder);
};

} // namespace gb
