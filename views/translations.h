#pragma once

class QCoreApplication;
class QLocale;

// Installs the program's translations into the application: English first (it holds the plural
// forms, "1 actor" and "2 actors"), then, when the user's first language is not English, Qt's
// own translation for it (standard buttons and dialogs) and the program's, which take
// precedence. The user's languages are those of the system locale, so LANGUAGE=zh_CN as well as
// LANG=zh_CN.UTF-8 chooses Simplified Chinese.
void installTranslations(QCoreApplication *application);
void installTranslations(QCoreApplication *application, const QLocale &locale);
