#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace etp::app {

void installTranslators(QCoreApplication &app, const QString &language, QTextStream &err)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    // qt_add_translations embeds the catalogues under :/i18n.
    if (own->load(locale, QStringLiteral("exchange-transition-planner"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        // Another language, or none (the C locale): the program speaks English, whose catalogue holds the plural
        // forms ("1 phase", "2 phases").
        if (own->load(QStringLiteral(":/i18n/exchange-transition-planner_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        if (!language.isEmpty() && locale.language() != QLocale::English) {
            err << QCoreApplication::translate("etp::app::Translations",
                                               "There is no translation for the language \"%1\"; the program "
                                               "continues in English. Available: de, en.")
                       .arg(language)
                << Qt::endl;
        }
        return;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace etp::app
