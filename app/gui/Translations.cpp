#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gb {

namespace {
/// Core code translates through small helper functions, which Qt's lupdate files under the
/// context "gb" rather than under the name the code passes; this translator looks there when
/// the named context has no translation.
class GlassbenchTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty())
            text = QTranslator::translate("gb", sourceText, disambiguation, n);
        return text;
    }
};
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Translations::chosen()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Translations::choose(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QString Translations::install(QCoreApplication &app, const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        const QString system = QLocale::system().name();
        language = system.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    if (language == QLatin1String("en")) {
        // English is the source text; only its plural forms ("1 curve", "2 curves") are compiled.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/glassbench_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return language;
    }
    auto *own = new GlassbenchTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/glassbench_%1.qm").arg(language))) {
        delete own;
        return install(app, QStringLiteral("en"));
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace gb
