#include "views/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

bool install(QCoreApplication *application, const QLocale &locale)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, QStringLiteral("dispute-explorer"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication *application)
{
    install(application, QLocale(QLocale::English));
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::English && system.language() != QLocale::C)
        install(application, system);
}
