#include "views/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// Loads the catalogue for the first of the locale's user-interface languages that has one.
bool install(QCoreApplication *application, const QLocale &locale, const QString &catalogue,
             const QString &folder)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, catalogue, u"_"_s, folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

bool prefersEnglish(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    if (languages.isEmpty())
        return true;
    const QLocale::Language first = QLocale(languages.first()).language();
    return first == QLocale::English || first == QLocale::C;
}

} // namespace

void installTranslations(QCoreApplication *application)
{
    installTranslations(application, QLocale::system());
}

void installTranslations(QCoreApplication *application, const QLocale &locale)
{
    const QString program = u"dispute-explorer"_s;
    const QString compiledIn = u":/i18n"_s;
    install(application, QLocale(QLocale::English), program, compiledIn);
    if (prefersEnglish(locale))
        return;
    install(application, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(application, locale, program, compiledIn);
}
