#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// A date in the EDTF subset of the data format (Library of Congress Extended Date/Time Format,
// ISO 8601-2): Level 0 dates and intervals, Level 1 qualifiers (? ~ %), seasons 21-24 and
// open (..) or unknown (empty) interval ends. It keeps its imprecision: a date is a span of
// days from earliest() to latest(), drawn as a point only when it is a single day.
class EdtfDate
{
public:
    // Precision of one calendar date (one end of an interval).
    enum class Precision { Day, Month, Season, Year };
    // What an interval end is: a date, open ("..", no bound) or unknown (empty).
    enum class End { Known, Open, Unknown };

    EdtfDate() = default;

    // Parses text; on failure returns nullopt and, if error is given, says why in a phrase
    // that fits after the field's pointer (e.g. "month 13 is out of range").
    static std::optional<EdtfDate> parse(QStringView text, QString *error = nullptr);
    // The same, keeping text itself rather than a copy.
    static std::optional<EdtfDate> parse(QString &&text, QString *error = nullptr);

    bool isValid() const { return !m_text.isEmpty(); }
    bool isInterval() const { return m_interval; }
    // True when the date covers exactly one known day: drawn as a point, not a span.
    bool isSingleDay() const;

    // First and last day the date can mean. Invalid QDate when that end is open or unknown.
    QDate earliest() const { return m_earliest; }
    QDate latest() const { return m_latest; }
    End startEnd() const { return m_start; }
    End finishEnd() const { return m_finish; }

    // Precision of a single date, or of the coarser known end of an interval.
    Precision precision() const;
    bool isUncertain() const { return m_uncertain; }     // '?' or '%' anywhere
    bool isApproximate() const { return m_approximate; } // '~' or '%' anywhere

    // The EDTF text, as written in the data.
    QString toEdtf() const { return m_text; }
    // For people: "2 Feb 2026", "Feb 2026, approximate", "autumn 2024", "Oct 2024 – Mar 2025",
    // "from 1 Feb 2026", "until 2 Feb 2026", "1 Feb 2026 – unknown". Translatable.
    QString toDisplayString() const;

    // Chronological order: by earliest (open/unknown start first), then latest, then text.
    friend bool operator<(const EdtfDate &a, const EdtfDate &b);
    friend bool operator==(const EdtfDate &a, const EdtfDate &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const EdtfDate &a, const EdtfDate &b) { return !(a == b); }

private:
    // The calendar fields of one known end, kept for the display text.
    struct PartText
    {
        int year = 0;
        int month = 0; // 0 for a year, 21-24 for a season
        int day = 0;
    };

    // Everything but the text.
    static std::optional<EdtfDate> parseFields(QStringView text, QString *error);
    QString endText(bool start) const;

    QString m_text;
    QDate m_earliest;
    QDate m_latest;
    End m_start = End::Known;
    End m_finish = End::Known;
    Precision m_startPrecision = Precision::Day;
    Precision m_finishPrecision = Precision::Day;
    PartText m_startPart;
    PartText m_finishPart;
    bool m_interval = false;
    bool m_uncertain = false;
    bool m_approximate = false;
    bool m_startUncertain = false;
    bool m_startApproximate = false;
    bool m_finishUncertain = false;
    bool m_finishApproximate = false;
};

Q_DECLARE_TYPEINFO(EdtfDate, Q_RELOCATABLE_TYPE);
