// glassbench: the desktop workbench.
#include "MainWindow.h"
#include "ProjectController.h"
#include "Translations.h"
#include "document/Document.h"
#include "document/JobRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Glassbench"));
    QApplication::setOrganizationName(QStringLiteral("Glassbench"));
    QApplication::setApplicationVersion(QStringLiteral(GLASSBENCH_VERSION));
    gb::Translations::install(app, gb::Translations::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Workbench for glass relaxation experiments"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the bundled simulated demo campaign.")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Projects, manifests, instrument files or folders to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    gb::MainWindow window;
    window.show();

    const QStringList files = parser.positionalArguments();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    QSettings settings;
    const bool firstLaunch = !settings.value(QStringLiteral("firstLaunchDone"), false).toBool();
    settings.setValue(QStringLiteral("firstLaunchDone"), true);
    QTimer::singleShot(0, &window, [&window, files, demo, firstLaunch] {
        window.offerAutosaveRecovery();
        if (!files.isEmpty()) {
            window.controller()->openPaths(files);
        } else if (demo) {
            if (!window.controller()->openDemo())
                std::fprintf(stderr, "glassbench: %s\n", qPrintable(window.controller()->lastError()));
        } else if (firstLaunch && window.document()->isEmpty()) {
            window.controller()->openDemo();
        }
    });
    return app.exec();
}
