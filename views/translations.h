#pragma once

class QCoreApplication;

// Installs the program's translations into the application: English first (it holds the plural
// forms, "1 actor" and "2 actors"), then the user's language when one ships, which takes
// precedence.
void installTranslations(QCoreApplication *application);
