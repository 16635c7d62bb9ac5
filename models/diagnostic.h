#pragma once

#include <QList>
#include <QString>

// One problem found in a dataset file, printed in the forms of the data-format contract:
//   FILE:LINE:COL: error: MESSAGE        (JSON syntax, line and column 1-based)
//   FILE: error: /json/pointer: MESSAGE  (everything else)
//   FILE: error: MESSAGE                 (whole-file problems: empty, too large, unreadable)
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;    // 1-based; 0 when the diagnostic has no text position
    int column = 0;  // 1-based, in characters (code points), not bytes
    QString pointer; // RFC 6901 JSON Pointer; empty when not about a JSON value
    QString message;

    QString format() const;

    static Diagnostic syntaxError(const QString &file, int line, int column,
                                  const QString &message);
    static Diagnostic error(const QString &file, const QString &pointer, const QString &message);
    static Diagnostic warning(const QString &file, const QString &pointer, const QString &message);

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.severity == b.severity && a.file == b.file && a.line == b.line
                && a.column == b.column && a.pointer == b.pointer && a.message == b.message;
    }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
QStringList formatAll(const Diagnostics &diagnostics);
