#include "models/diagnosticsink.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString omittedMessage(qsizetype omitted, int kept, bool errors)
{
    const QString what = errors ? (omitted == 1 ? u"error was"_s : u"errors were"_s)
                                : (omitted == 1 ? u"warning was"_s : u"warnings were"_s);
    return u"%1 more %2 omitted (only the first %3 are listed)"_s.arg(omitted).arg(what).arg(kept);
}

} // namespace

DiagnosticSink::DiagnosticSink(const QString &fileName, int maxKept)
    : m_fileName(fileName)
    , m_maxKept(maxKept)
{ }

void DiagnosticSink::error(const QString &pointer, const QString &message)
{
    if (m_errorCount++ < m_maxKept)
        m_diagnostics.append(Diagnostic::error(m_fileName, pointer, message));
}

void DiagnosticSink::warning(const QString &pointer, const QString &message)
{
    if (m_warningCount++ < m_maxKept)
        m_diagnostics.append(Diagnostic::warning(m_fileName, pointer, message));
}

void DiagnosticSink::syntaxError(int line, int column, const QString &message)
{
    if (m_errorCount++ < m_maxKept)
        m_diagnostics.append(Diagnostic::syntaxError(m_fileName, line, column, message));
}

Diagnostics DiagnosticSink::take()
{
    Diagnostics result = std::move(m_diagnostics);
    m_diagnostics = {};
    if (m_errorCount > m_maxKept) {
        result.append(Diagnostic::error(m_fileName, {},
                                        omittedMessage(m_errorCount - m_maxKept, m_maxKept, true)));
    }
    if (m_warningCount > m_maxKept) {
        result.append(Diagnostic::warning(
                m_fileName, {}, omittedMessage(m_warningCount - m_maxKept, m_maxKept, false)));
    }
    m_errorCount = 0;
    m_warningCount = 0;
    return result;
}

QString quoted(QStringView value)
{
    constexpr qsizetype maxShown = 100;
    const bool cut = value.size() > maxShown;
    if (cut) {
        value = value.first(maxShown - 1);
        if (value.back().isHighSurrogate())
            value.chop(1);
    }
    QString text;
    text.reserve(value.size() + 2);
    text += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\') {
            text += u'\\';
            text += c;
        } else if (c == u'\n') {
            text += u"\\n";
        } else if (c == u'\t') {
            text += u"\\t";
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            text += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        } else {
            text += c;
        }
    }
    if (cut)
        text += u'…';
    text += u'"';
    return text;
}
