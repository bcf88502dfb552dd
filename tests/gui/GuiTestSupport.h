#pragma once
// Shared by the GUI tests: a small campaign of XY test files written to a folder.

#include "project/XyTestImporter.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gb::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    return !writeTestFile(path, bytes).isEmpty();
}

/// Writes a simulated campaign into `folder`: two DSC files (one with two curves), a stress
/// relaxation-like file, an indent-array folder of three files, and a manifest with a comment
/// that says the data are simulated. Returns the manifest's path.
inline QString writeSmallCampaign(const QString &folder)
{
    writeFile(QDir(folder).filePath(QStringLiteral("AuMG_Ta393_ta60s.xy")),
              xyTestFile({QStringLiteral("relaxed"), QStringLiteral("reference")}));
    writeFile(QDir(folder).filePath(QStringLiteral("AuMG_Ta393_ta600s.xy")), xyTestFile({QString()}, 40));
    writeFile(QDir(folder).filePath(QStringLiteral("PdSi_Ta500_ta1.5s.xy")), xyTestFile({QString()}, 30));
    for (int i = 1; i <= 3; ++i)
        writeFile(QDir(folder).filePath(QStringLiteral("array/indent_%1.txt").arg(i, 5, 10, QChar(u'0'))),
                  xyTestFile({QString()}, 10 + i));
    const QString manifest = QDir(folder).filePath(QStringLiteral("campaign.csv"));
    writeFile(manifest, "# Simulated demo campaign (written by the GUI tests)\n"
                        "file,segment,technique,sample,path,T_a_K,t_a_s,heating_rate_K_per_s\n"
                        "AuMG_Ta393_ta60s.xy,1,dsc,AuMG,isothermal,,,1000\n"
                        "AuMG_Ta393_ta60s.xy,2,dsc,AuMG,reference,,,1000\n"
                        "AuMG_Ta393_ta600s.xy,,dsc,AuMG,isothermal,,,1000\n"
                        "PdSi_Ta500_ta1.5s.xy,,dsc,PdSi,isochronal,500,,1000\n"
                        "array,,nanoindentation,AuMG,isothermal,393,60,\n");
    return manifest;
}

} // namespace gb::test
