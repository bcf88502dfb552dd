#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace gb {

/// The languages of the user interface: English (the source strings) and Simplified Chinese,
/// compiled from translations/glassbench_<code>.ts and embedded as ":/i18n/glassbench_<code>.qm".
class Translations {
public:
    /// Language codes offered in the settings ("en", "zh_CN").
    static QStringList languages();
    /// The language's own name ("English", "简体中文").
    static QString nativeName(const QString &code);
    /// The chosen language (QSettings "language"); empty = follow the system.
    static QString chosen();
    static void choose(const QString &code);
    /// Installs the translators for `code` (empty = the system's language when one is
    /// available): Glassbench's own and Qt's standard dialogs. Returns the code installed
    /// ("en" when none was needed).
    static QString install(QCoreApplication &app, const QString &code);
};

} // namespace gb
