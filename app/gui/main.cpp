// glassbench: the desktop workbench.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Glassbench"));
    QApplication::setOrganizationName(QStringLiteral("Glassbench"));
    QApplication::setApplicationVersion(QStringLiteral(GLASSBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Workbench for glass relaxation experiments"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the bundled simulated demo campaign.")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Instrument files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    gb::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return app.exec();
}
