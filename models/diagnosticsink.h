#pragma once

#include "models/diagnostic.h"

#include <QStringView>

// Collects the diagnostics of one file in the order they are found. It keeps the first
// `maxKept` errors and the first `maxKept` warnings, counts the rest, and take() ends the list
// with one line per kind saying how many were left out, so that a broken file with 200,000
// statements cannot flood a dialog or a terminal.
class DiagnosticSink
{
public:
    DiagnosticSink(const QString &fileName, int maxKept);

    const QString &fileName() const { return m_fileName; }

    void error(const QString &pointer, const QString &message);
    void warning(const QString &pointer, const QString &message);
    void syntaxError(int line, int column, const QString &message);

    bool hasErrors() const { return m_errorCount > 0; }
    qsizetype errorCount() const { return m_errorCount; }
    qsizetype warningCount() const { return m_warningCount; }

    // The kept diagnostics, then the "more ... omitted" lines; leaves the sink empty.
    Diagnostics take();

private:
    QString m_fileName;
    int m_maxKept;
    qsizetype m_errorCount = 0;
    qsizetype m_warningCount = 0;
    Diagnostics m_diagnostics;
};

// A value as messages show it: in double quotes, with quotes, backslashes and control characters
// escaped as in JSON, and cut to 100 characters with an ellipsis ("…") when longer.
QString quoted(QStringView value);
