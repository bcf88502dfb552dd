#include "AnalyzeCommand.h"

#include "io/ImporterRegistry.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectCampaign.h"
#include "support/Progress.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace gb::cli {

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitManifest = 2;
constexpr int kExitRowsFailed = 3;

struct AnalyzeRequest {
    QString manifest;
    QString outDir;
    QSet<Technique> techniques;
    int jobs = 0;
    bool quiet = false;
};

std::optional<AnalyzeRequest> parseRequest(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("folder for the result tables"), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("only"), QStringLiteral("techniques to analyse"), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("worker threads"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("no progress on stderr")});
    if (!parser.parse(QStringList{QStringLiteral("analyze")} + arguments)) {
        err << parser.errorText() << '\n';
        return std::nullopt;
    }
    AnalyzeRequest request;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        err << "analyze needs one MANIFEST (or PROJECT.gbproj) and --out DIR\n";
        return std::nullopt;
    }
    request.manifest = parser.positionalArguments().front();
    request.outDir = parser.value(QStringLiteral("out"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        request.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || request.jobs < 1) {
            err << "--jobs takes a whole number of at least 1\n";
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("only"))) {
        for (const QString &name : parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts)) {
            const auto technique = techniqueFromId(name);
            if (!technique) {
                err << "--only: unknown technique \"" << name
                    << "\" (use dsc, stress_relaxation, nanoindentation)\n";
                return std::nullopt;
            }
            request.techniques.insert(*technique);
        }
    }
    return request;
}

/// Writes the tables into `outDir` on the threads of a pool (each is formatted, then synced to
/// disk) while `campaign`, no longer needed, is freed on one of them. The outcomes in table order.
QList<Status> writeTables(const AnalysisTables &tables, const QString &outDir, LoadedCampaign campaign,
                          int jobs)
{
    QThreadPool pool;
    if (jobs > 0)
        pool.setMaxThreadCount(jobs);
    QFuture<void> freed =
        QtConcurrent::run(&pool, [loaded = std::make_shared<LoadedCampaign>(std::move(campaign))]() mutable {
            loaded.reset();
        });
    const auto write = [&](const AnalysisTables::NamedTable &named) {
        return writeResultTable(named.table, QDir(outDir).filePath(named.fileName));
    };
    const QList<Status> written = QtConcurrent::blockingMapped<QList<Status>>(&pool, tables.tables, write);
    freed.waitForFinished();
    return written;
}

void printDiagnostics(const std::vector<Diagnostic> &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity != Severity::Info)
            err << severityName(d.severity) << ": " << d.toString() << '\n';
}
} // namespace

int runAnalyze(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::optional<AnalyzeRequest> request = parseRequest(arguments, err);
    if (!request)
        return kExitUsage;

    // A manifest, or a project: then its stored settings (limits, windows, rejected indents,
    // relocated files) apply, and the tables are the ones the window shows.
    Result<ProjectCampaign> source = readCampaignOrProject(request->manifest);
    if (!source.ok()) {
        err << "error: " << source.error().toString() << '\n';
        return kExitManifest;
    }
    if (!QDir().mkpath(request->outDir)) {
        err << "error: cannot create the output folder " << request->outDir << '\n';
        return kExitManifest;
    }

    QElapsedTimer clock;
    clock.start();
    Progress progress([&](qint64 done, qint64 total, const QString &what) {
        if (!request->quiet)
            err << QStringLiteral("[%1/%2] %3\n").arg(done).arg(total).arg(what) << Qt::flush;
    });
    // --only: the other techniques' files are not read at all.
    if (!request->techniques.isEmpty())
        std::erase_if(source->campaign.entries, [&](const CampaignEntry &entry) {
            return !request->techniques.contains(entry.technique);
        });
    // Only the tables are wanted: indents and relaxation curves are analysed as they are read,
    // and their values are not kept.
    const AnalysisOnRead analysisOnRead = analysisOnReadOf(source->project, request->techniques);
    LoadOptions loadOptions = source->options;
    loadOptions.jobs = request->jobs;
    loadOptions.analysisOnRead = &analysisOnRead;
    LoadedCampaign campaign =
        loadCampaign(source->campaign, ImporterRegistry::standard(), progress, loadOptions);
    const qint64 readMs = clock.elapsed();
    Progress analysisProgress([&](qint64 done, qint64 total, const QString &what) {
        if (!request->quiet)
            err << QStringLiteral("[%1/%2] analysed %3\n").arg(done).arg(total).arg(what) << Qt::flush;
    });
    const AnalysisTables tables =
        analyzeProject(campaign, source->project, analysisProgress, request->techniques, request->jobs);

    const std::vector<Diagnostic> readingFindings = std::move(campaign.diagnostics);
    const bool manifestFindings = !campaign.campaign.diagnostics.empty();
    const QList<Status> written = writeTables(tables, request->outDir, std::move(campaign), request->jobs);

    int status = kExitOk;
    for (std::size_t i = 0; i < tables.tables.size(); ++i) {
        if (!written[qsizetype(i)].ok()) {
            err << "error: " << written[qsizetype(i)].error().toString() << '\n';
            status = kExitRowsFailed;
        } else if (!request->quiet) {
            out << QDir(request->outDir).filePath(tables.tables[i].fileName) << '\n';
        }
    }
    printDiagnostics(readingFindings, err);
    printDiagnostics(tables.diagnostics, err);
    if (!request->quiet)
        err << QStringLiteral("read in %1 ms (indents and relaxation curves analysed as they were read), "
                              "analysed in %2 ms\n")
                   .arg(readMs)
                   .arg(clock.elapsed() - readMs);
    if (tables.someRowsFailed || manifestFindings)
        status = kExitRowsFailed;
    return status;
}

} // namespace gb::cli
