#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

// The light and dark looks the program can force instead of following the system's palette.
enum class Theme { Light, Dark };

std::optional<Theme> themeFromName(const QString &name); // "light", "dark"
QPalette paletteFor(Theme theme);
// Switches the application to the Fusion style with the theme's palette, so every widget and
// the chart (which follows the palette) change together.
void applyTheme(QApplication *application, Theme theme);
