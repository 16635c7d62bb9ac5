#include "models/searchtext.h"

void SearchText::foldInPlace(QString &text)
{
    const qsizetype size = text.size();
    if (size == 0)
        return;
    QChar *chars = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        char16_t &c = chars[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && chars[i + 1].isLowSurrogate()) {
            char16_t &low = chars[i + 1].unicode();
            const char32_t lower = QChar::toLower(QChar::surrogateToUcs4(c, low));
            if (QChar::requiresSurrogates(lower)) {
                c = QChar::highSurrogate(lower);
                low = QChar::lowSurrogate(lower);
            }
            ++i;
            continue;
        }
        if (!QChar::isSurrogate(c)) {
            const char32_t lower = QChar::toLower(char32_t(c));
            if (!QChar::requiresSurrogates(lower))
                c = char16_t(lower);
        }
    }
}
