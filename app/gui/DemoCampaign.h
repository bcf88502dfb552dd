#pragma once

#include <QString>

namespace gb {

/// Where the bundled simulated demo campaign is. The demo is a manifest and instrument files
/// that `glassbench-cli simulate --campaign small` writes, bundled under resources/demo/ (the
/// ":/demo" resource). Because a project must point at real files, the resource is copied to
/// the program's data folder the first time it is opened. A folder named by the environment
/// variable GLASSBENCH_DEMO_DIR, or share/glassbench/demo next to the program, is used instead
/// when present.
class DemoCampaign {
public:
    /// The demo manifest's path, or empty when no demo is bundled (then `why` says so).
    static QString locate(QString *why = nullptr);
    /// The first campaign manifest (a .csv whose header names `file` and `technique`) directly
    /// in `folder`, or empty.
    static QString manifestIn(const QString &folder);
    /// Copies the files under resource prefix `resourceRoot` into `target` (created); true when
    /// every file was copied.
    static bool extractResources(const QString &resourceRoot, const QString &target);
};

} // namespace gb
