#include "models/diagnostic.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString Diagnostic::format() const
{
    const QString level = severity == Severity::Error ? u"error"_s : u"warning"_s;
    if (line > 0)
        return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(level, message);
    if (pointer.isEmpty())
        return u"%1: %2: %3"_s.arg(file, level, message);
    return u"%1: %2: %3: %4"_s.arg(file, level, pointer, message);
}

Diagnostic Diagnostic::syntaxError(const QString &file, int line, int column,
                                   const QString &message)
{
    return {Severity::Error, file, line, column, {}, message};
}

Diagnostic Diagnostic::error(const QString &file, const QString &pointer, const QString &message)
{
    return {Severity::Error, file, 0, 0, pointer, message};
}

Diagnostic Diagnostic::warning(const QString &file, const QString &pointer, const QString &message)
{
    return {Severity::Warning, file, 0, 0, pointer, message};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

QStringList formatAll(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines;
}
