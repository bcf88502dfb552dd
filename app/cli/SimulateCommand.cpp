#include "SimulateCommand.h"

#include "simulate/campaign/SyntheticCampaign.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <optional>

namespace gb::cli {

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitWrite = 2;

struct SimulateRequest {
    SyntheticCampaignSize size = SyntheticCampaignSize::Small;
    QString outDir;
    std::uint64_t seed = kDefaultSimulationSeed;
    bool quiet = false;
};

std::optional<SimulateRequest> parseRequest(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("campaign"), QStringLiteral("small or paper"), QStringLiteral("SIZE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("folder for the campaign"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("print nothing on success")});
    if (!parser.parse(QStringList{QStringLiteral("simulate")} + arguments)) {
        err << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "simulate takes no positional arguments (got \"" << parser.positionalArguments().front()
            << "\")\n";
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("campaign")) || !parser.isSet(QStringLiteral("out"))) {
        err << "simulate needs --campaign small|paper and --out DIR\n";
        return std::nullopt;
    }
    SimulateRequest request;
    const QString size = parser.value(QStringLiteral("campaign"));
    if (size == QLatin1String("small")) {
        request.size = SyntheticCampaignSize::Small;
    } else if (size == QLatin1String("paper")) {
        request.size = SyntheticCampaignSize::Paper;
    } else {
        err << "--campaign: unknown campaign \"" << size << "\" (use small or paper)\n";
        return std::nullopt;
    }
    request.outDir = parser.value(QStringLiteral("out"));
    if (request.outDir.isEmpty()) {
        err << "--out needs a folder\n";
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("seed"));
        request.seed = text.toULongLong(&ok);
        if (!ok || text.startsWith(u'+') || text.startsWith(u'-')) {
            err << "--seed takes a whole number from 0 to 18446744073709551615\n";
            return std::nullopt;
        }
    }
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    return request;
}
} // namespace

int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::optional<SimulateRequest> request = parseRequest(arguments, err);
    if (!request)
        return kExitUsage;
    QElapsedTimer clock;
    clock.start();
    const SyntheticCampaign campaign = simulateCampaign(request->size, request->seed);
    const qint64 simulatedMs = clock.elapsed();
    const Status written = writeSyntheticCampaign(campaign, request->outDir);
    if (!written.ok()) {
        err << "error: " << written.error().toString() << '\n';
        return kExitWrite;
    }
    if (!request->quiet) {
        qint64 bytes = 0;
        std::size_t files = 0, rows = 0;
        for (const SyntheticPart &part : campaign.parts) {
            files += part.files.size();
            rows += part.manifestRows.size();
            for (const SyntheticFile &file : part.files)
                bytes += file.bytes.size();
        }
        out << QDir(request->outDir).filePath(QStringLiteral("campaign.csv")) << '\n';
        err << QStringLiteral(
                   "simulated data, seed %1: %2 files (%3 MB), %4 manifest rows; simulated in %5 ms, "
                   "written in %6 ms\n")
                   .arg(request->seed)
                   .arg(files)
                   .arg(double(bytes) / 1e6, 0, 'f', 1)
                   .arg(rows)
                   .arg(simulatedMs)
                   .arg(clock.elapsed() - simulatedMs);
    }
    return kExitOk;
}

} // namespace gb::cli
