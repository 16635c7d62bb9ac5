#pragma once

#include "app/commandline.h"

// The modes that run without a window on screen and exit with a code of conventions.md:
// 0 success, 1 bad input, 2 usage error.
int runValidate(const QStringList &files);
int runScreenshot(const CommandLineOptions &options);
int runReport(const CommandLineOptions &options);
