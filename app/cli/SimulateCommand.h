#pragma once

#include <QStringList>
#include <QTextStream>

namespace gb::cli {

/// The seed `simulate` uses when none is given.
inline constexpr unsigned long long kDefaultSimulationSeed = 1;

/// `glassbench-cli simulate --campaign small|paper --out DIR [--seed N] [--quiet]` (issue 4):
/// writes a synthetic campaign (instrument files, campaign.csv, one truth.csv per technique)
/// into DIR. Same seed, same bytes. `arguments` are those after the word "simulate".
/// Exit status: 0 written; 1 wrong usage; 2 the campaign could not be written.
int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace gb::cli
