#pragma once
// Shared by the technique-panel GUI tests: the test application's identity, a main window that
// opened a campaign and finished analysing it, and a panel brought to the front.

#include "MainWindow.h"
#include "ProjectController.h"
#include "Translations.h"
#include "docks/PropertiesView.h"
#include "document/JobRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>

#include <memory>

namespace gb::test {

/// Test-mode settings (never the user's) under `applicationName`, and English strings.
inline void initPanelTestApplication(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlassbenchTests"));
    QCoreApplication::setApplicationName(applicationName);
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

/// Writes `bytes` to `path`; false when the file cannot be written.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The rows the Properties dock shows under "Results in `table`" (one list of (column, value)
/// per such group; the current dataset has one row in each per-dataset table).
inline QList<QMap<QString, QString>> propertiesResults(const MainWindow &window, const QString &table)
{
    QList<QMap<QString, QString>> rows;
    const auto *properties = window.findChild<PropertiesView *>();
    if (!properties)
        return rows;
    for (const QTreeWidgetItem *group : properties->findChild<QTreeWidget *>()->findItems(
             QStringLiteral("Results in %1").arg(table), Qt::MatchExactly)) {
        QMap<QString, QString> row;
        for (int i = 0; i < group->childCount(); ++i)
            row.insert(group->child(i)->text(0), group->child(i)->text(1));
        rows << row;
    }
    return rows;
}

/// A shown, non-interactive main window that opened the campaign `manifest` and finished
/// analysing it; nullptr when opening failed or took longer than a minute.
inline std::unique_ptr<MainWindow> openCampaignWindow(const QString &manifest, QSize size = QSize(1400, 900))
{
    auto window = std::make_unique<MainWindow>();
    window->controller()->setInteractive(false);
    window->resize(size);
    window->show();
    QSignalSpy finished(window->controller(), &ProjectController::loadFinished);
    if (!window->controller()->openManifest(manifest) || !finished.wait(60000) ||
        !finished.front().front().toBool() || !window->jobs()->waitForIdle(60000))
        return nullptr;
    return window;
}

/// The window's panel of type `Panel`, made the current tab and drawn now (nullptr if none).
template <typename Panel>
Panel *bringPanelToFront(MainWindow &window)
{
    auto *panel = window.findChild<Panel *>();
    if (panel) {
        window.panelTabs()->setCurrentWidget(panel);
        panel->redrawNow();
    }
    return panel;
}

} // namespace gb::test
