#pragma once

#include <QRegularExpression>
#include <QTest>

// Makes any warning fail the current test, except the one the offscreen platform prints for
// every top-level window (it has no window manager to pass size hints to).
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
}
