#include "models/valuesyntax.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isValidId(QStringView id)
{
    if (id.isEmpty() || !(isLower(id.front()) || isDigit(id.front())))
        return false;
    for (const QChar c : id) {
        if (!isLower(c) && !isDigit(c) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool isCountryCode(QStringView code)
{
    return code.size() == 2 && isUpper(code[0]) && isUpper(code[1]);
}

bool isPlausibleLanguageTag(QStringView tag)
{
    qsizetype start = 0;
    bool first = true;
    while (start <= tag.size()) {
        qsizetype end = tag.indexOf(u'-', start);
        if (end < 0)
            end = tag.size();
        const QStringView subtag = tag.mid(start, end - start);
        if (subtag.isEmpty() || subtag.size() > 8)
            return false;
        for (const QChar c : subtag) {
            const bool letter = isLower(c) || isUpper(c);
            if (!letter && (first || !isDigit(c)))
                return false;
        }
        if (first && subtag.size() < 2)
            return false;
        first = false;
        start = end + 1;
    }
    return !first;
}

QString urlProblem(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return u"is not valid"_s;
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return u"is not http or https"_s;
    if (parsed.host().isEmpty())
        return u"has no host"_s;
    return {};
}
