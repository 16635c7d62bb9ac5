#include "models/edtfdate.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EdtfDate)
};

// One calendar date of the subset, before it becomes a span of days.
struct Part
{
    int year = 0;
    int month = 0; // 1-12, or 21-24 for a season, 0 for a year
    int day = 0;
    bool uncertain = false;
    bool approximate = false;
    EdtfDate::Precision precision = EdtfDate::Precision::Year;
    QDate first;
    QDate last;
};

bool readDigits(QStringView text, qsizetype from, qsizetype count, int *value)
{
    if (from + count > text.size())
        return false;
    int result = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c - u'0');
    }
    *value = result;
    return true;
}

QString notEdtf(QStringView text)
{
    return Text::tr("\"%1\" is not an EDTF date").arg(text.toString());
}

// EDTF numbers years astronomically (0000 is 1 BC); QDate has no year 0 and calls 1 BC -1.
int qdateYear(int year)
{
    return year == 0 ? -1 : year;
}

QDate lastDayOfMonth(int year, int month)
{
    const QDate first(qdateYear(year), month, 1);
    return QDate(first.year(), month, first.daysInMonth());
}

// Parses YYYY[-MM[-DD]] with an optional qualifier at the end.
std::optional<Part> parsePart(QStringView text, QString *error)
{
    Part part;
    QStringView body = text;
    if (!body.isEmpty()) {
        const QChar last = body.back();
        if (last == u'?' || last == u'~' || last == u'%') {
            part.uncertain = last != u'~';
            part.approximate = last != u'?';
            body.chop(1);
        }
    }
    const qsizetype size = body.size();
    if ((size != 4 && size != 7 && size != 10) || !readDigits(body, 0, 4, &part.year)
        || (size >= 7 && (body.at(4) != u'-' || !readDigits(body, 5, 2, &part.month)))
        || (size == 10 && (body.at(7) != u'-' || !readDigits(body, 8, 2, &part.day)))) {
        *error = notEdtf(text);
        return std::nullopt;
    }
    const int year = qdateYear(part.year);
    if (size == 4) {
        part.precision = EdtfDate::Precision::Year;
        part.first = QDate(year, 1, 1);
        part.last = QDate(year, 12, 31);
        return part;
    }
    if (part.month >= 21 && part.month <= 24 && size == 7) {
        // Northern-hemisphere seasons of three whole months. Winter runs from December of its
        // year to the end of February of the next, so that it is one unbroken span.
        const int firstMonth = 3 * (part.month - 21) + 3;
        const int lastMonth = firstMonth + 2;
        part.precision = EdtfDate::Precision::Season;
        part.first = QDate(year, firstMonth, 1);
        part.last = lastMonth > 12 ? lastDayOfMonth(part.year + 1, lastMonth - 12)
                                   : lastDayOfMonth(part.year, lastMonth);
        return part;
    }
    if (part.month < 1 || part.month > 12) {
        *error = Text::tr("month %1 is out of range").arg(part.month);
        return std::nullopt;
    }
    if (size == 7) {
        part.precision = EdtfDate::Precision::Month;
        part.first = QDate(year, part.month, 1);
        part.last = lastDayOfMonth(part.year, part.month);
        return part;
    }
    if (!QDate::isValid(year, part.month, part.day)) {
        *error = Text::tr("day %1 is out of range for %2-%3")
                         .arg(QString::number(part.day), body.left(4).toString(),
                              body.mid(5, 2).toString());
        return std::nullopt;
    }
    part.precision = EdtfDate::Precision::Day;
    part.first = part.last = QDate(year, part.month, part.day);
    return part;
}

QString monthName(int month)
{
    static const char *const names[] = {
            QT_TRANSLATE_NOOP("EdtfDate", "Jan"), QT_TRANSLATE_NOOP("EdtfDate", "Feb"),
            QT_TRANSLATE_NOOP("EdtfDate", "Mar"), QT_TRANSLATE_NOOP("EdtfDate", "Apr"),
            QT_TRANSLATE_NOOP("EdtfDate", "May"), QT_TRANSLATE_NOOP("EdtfDate", "Jun"),
            QT_TRANSLATE_NOOP("EdtfDate", "Jul"), QT_TRANSLATE_NOOP("EdtfDate", "Aug"),
            QT_TRANSLATE_NOOP("EdtfDate", "Sep"), QT_TRANSLATE_NOOP("EdtfDate", "Oct"),
            QT_TRANSLATE_NOOP("EdtfDate", "Nov"), QT_TRANSLATE_NOOP("EdtfDate", "Dec"),
    };
    return QCoreApplication::translate("EdtfDate", names[month - 1]);
}

// "2 Feb 2026", "Feb 2026", "autumn 2024", "2026".
QString calendarText(const Part &part)
{
    switch (part.precision) {
    case EdtfDate::Precision::Day:
        return Text::tr("%1 %2 %3", "day, month, year")
                .arg(QString::number(part.day), monthName(part.month), QString::number(part.year));
    case EdtfDate::Precision::Month:
        return Text::tr("%1 %2", "month, year")
                .arg(monthName(part.month), QString::number(part.year));
    case EdtfDate::Precision::Season: {
        static const char *const seasons[] = {
                QT_TRANSLATE_NOOP("EdtfDate", "spring %1"),
                QT_TRANSLATE_NOOP("EdtfDate", "summer %1"),
                QT_TRANSLATE_NOOP("EdtfDate", "autumn %1"),
                QT_TRANSLATE_NOOP("EdtfDate", "winter %1"),
        };
        return QCoreApplication::translate("EdtfDate", seasons[part.month - 21]).arg(part.year);
    }
    case EdtfDate::Precision::Year:
        return Text::tr("%1", "year").arg(part.year);
    }
    return {};
}

QString qualifierText(bool uncertain, bool approximate)
{
    if (uncertain && approximate)
        return Text::tr("uncertain and approximate");
    if (uncertain)
        return Text::tr("uncertain");
    if (approximate)
        return Text::tr("approximate");
    return {};
}

} // namespace

std::optional<EdtfDate> EdtfDate::parse(QStringView text, QString *error)
{
    std::optional<EdtfDate> date = parseFields(text, error);
    if (date)
        date->m_text = text.toString();
    return date;
}

std::optional<EdtfDate> EdtfDate::parse(QString &&text, QString *error)
{
    std::optional<EdtfDate> date = parseFields(text, error);
    if (date)
        date->m_text = std::move(text);
    return date;
}

std::optional<EdtfDate> EdtfDate::parseFields(QStringView text, QString *error)
{
    QString reason;
    QString *why = error ? error : &reason;
    if (text.isEmpty()) {
        *why = Text::tr("the date is empty");
        return std::nullopt;
    }
    EdtfDate date;
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const std::optional<Part> part = parsePart(text, why);
        if (!part)
            return std::nullopt;
        date.m_startPart = date.m_finishPart = PartText {part->year, part->month, part->day};
        date.m_startPrecision = date.m_finishPrecision = part->precision;
        date.m_earliest = part->first;
        date.m_latest = part->last;
        date.m_uncertain = date.m_startUncertain = part->uncertain;
        date.m_approximate = date.m_startApproximate = part->approximate;
        return date;
    }

    if (text.indexOf(u'/', slash + 1) >= 0) {
        *why = notEdtf(text);
        return std::nullopt;
    }
    date.m_interval = true;
    const QStringView ends[] = {text.left(slash), text.mid(slash + 1)};
    std::optional<Part> parts[2];
    for (int i = 0; i < 2; ++i) {
        End &kind = i == 0 ? date.m_start : date.m_finish;
        if (ends[i].isEmpty()) {
            kind = End::Unknown;
        } else if (ends[i] == u"..") {
            kind = End::Open;
        } else {
            parts[i] = parsePart(ends[i], why);
            if (!parts[i])
                return std::nullopt;
        }
    }
    if (!parts[0] && !parts[1]) {
        *why = Text::tr("an interval needs at least one known end");
        return std::nullopt;
    }
    if (parts[0] && parts[1] && parts[1]->last < parts[0]->first) {
        *why = Text::tr("the interval ends before it starts");
        return std::nullopt;
    }
    if (parts[0]) {
        date.m_earliest = parts[0]->first;
        date.m_startPrecision = parts[0]->precision;
        date.m_startPart = PartText {parts[0]->year, parts[0]->month, parts[0]->day};
        date.m_startUncertain = parts[0]->uncertain;
        date.m_startApproximate = parts[0]->approximate;
    }
    if (parts[1]) {
        date.m_latest = parts[1]->last;
        date.m_finishPrecision = parts[1]->precision;
        date.m_finishPart = PartText {parts[1]->year, parts[1]->month, parts[1]->day};
        date.m_finishUncertain = parts[1]->uncertain;
        date.m_finishApproximate = parts[1]->approximate;
    }
    date.m_uncertain = date.m_startUncertain || date.m_finishUncertain;
    date.m_approximate = date.m_startApproximate || date.m_finishApproximate;
    return date;
}

bool EdtfDate::isSingleDay() const
{
    return isValid() && m_start == End::Known && m_finish == End::Known
            && m_startPrecision == Precision::Day && m_finishPrecision == Precision::Day
            && m_earliest == m_latest;
}

EdtfDate::Precision EdtfDate::precision() const
{
    if (m_start != End::Known)
        return m_finishPrecision;
    if (m_finish != End::Known)
        return m_startPrecision;
    return std::max(m_startPrecision, m_finishPrecision);
}

QString EdtfDate::endText(bool start) const
{
    const PartText &part = start ? m_startPart : m_finishPart;
    Part p;
    p.year = part.year;
    p.month = part.month;
    p.day = part.day;
    p.precision = start ? m_startPrecision : m_finishPrecision;
    return calendarText(p);
}

QString EdtfDate::toDisplayString() const
{
    if (!isValid())
        return {};
    if (!m_interval) {
        const QString qualifier = qualifierText(m_uncertain, m_approximate);
        return qualifier.isEmpty()
                ? endText(true)
                : Text::tr("%1, %2", "date, qualifier").arg(endText(true), qualifier);
    }
    const auto known = [this](bool start) {
        const QString qualifier = start ? qualifierText(m_startUncertain, m_startApproximate)
                                        : qualifierText(m_finishUncertain, m_finishApproximate);
        return qualifier.isEmpty()
                ? endText(start)
                : Text::tr("%1 (%2)", "date, qualifier").arg(endText(start), qualifier);
    };
    if (m_start == End::Open)
        return Text::tr("until %1").arg(known(false));
    if (m_finish == End::Open)
        return Text::tr("from %1").arg(known(true));
    const QString from = m_start == End::Unknown ? Text::tr("unknown") : known(true);
    const QString to = m_finish == End::Unknown ? Text::tr("unknown") : known(false);
    return Text::tr("%1 – %2", "interval: start, end").arg(from, to);
}

bool operator<(const EdtfDate &a, const EdtfDate &b)
{
    // An open or unknown start sorts first, an open or unknown end last.
    const auto startKey = [](const EdtfDate &d) {
        return d.m_earliest.isValid() ? d.m_earliest.toJulianDay()
                                      : std::numeric_limits<qint64>::min();
    };
    const auto finishKey = [](const EdtfDate &d) {
        return d.m_latest.isValid() ? d.m_latest.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    if (startKey(a) != startKey(b))
        return startKey(a) < startKey(b);
    if (finishKey(a) != finishKey(b))
        return finishKey(a) < finishKey(b);
    return a.m_text < b.m_text;
}
