#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

// The looks of the program: the system's own style and palette, or a light or dark one it
// forces (Fusion with its own palette) from --theme or the View menu.
enum class Theme { System, Light, Dark };

std::optional<Theme> themeFromName(const QString &name); // "system", "light", "dark"
QString themeName(Theme theme);
// The theme chosen in the View menu, from the settings; System when none was chosen.
Theme savedTheme();
// The theme the application shows now.
Theme currentTheme();
QPalette paletteFor(Theme theme);
// Notes the system's style and palette; call once, before any theme is applied.
void rememberSystemLook(QApplication *application);
// Switches every widget and the chart (which follows the palette) to the theme together.
void applyTheme(QApplication *application, Theme theme);

// The settings key of the View menu's choice.
inline const QString themeKey = QStringLiteral("view/theme");
