#include "tests/fuzz/datasetinvariants.h"

#include "models/datasetmerge.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/edtfdate.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString consistency(const Diagnostics &diagnostics, bool ok, const QString &what)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        const bool placed = diagnostic.line >= 1 && diagnostic.column >= 1;
        const bool unplaced = diagnostic.line == 0 && diagnostic.column == 0;
        if ((!placed && !unplaced) || diagnostic.message.isEmpty())
            return what + u" gave a malformed diagnostic: "_s + diagnostic.format();
    }
    if (ok == !hasErrors(diagnostics))
        return {};
    return what + (ok ? u" gave a dataset with errors: "_s : u" gave no dataset and no error: "_s)
            + formatAll(diagnostics).join(u" | "_s);
}

QString datesReparse(const Dataset &dataset)
{
    const auto same = [](const EdtfDate &date) {
        const std::optional<EdtfDate> again = EdtfDate::parse(date.toEdtf());
        return again && again->earliest() == date.earliest() && again->latest() == date.latest()
                && again->toDisplayString() == date.toDisplayString();
    };
    if (dataset.asOf && !same(*dataset.asOf))
        return u"asOf does not parse again to itself: "_s + dataset.asOf->toEdtf();
    for (const Source &source : dataset.sources) {
        if (source.date && !same(*source.date))
            return u"a source date does not parse again to itself: "_s + source.date->toEdtf();
    }
    for (const Statement &statement : dataset.statements) {
        if (!same(statement.date))
            return u"a statement date does not parse again to itself: "_s + statement.date.toEdtf();
    }
    return {};
}

QString roundTrips(const Dataset &dataset, const QString &what)
{
    const ReadResult again = DatasetReader::read(DatasetWriter::toJson(dataset), u"saved.json"_s);
    if (!again.ok()) {
        return what + u" does not read back after writing: "_s
                + formatAll(again.diagnostics).join(u" | "_s);
    }
    if (*again.dataset != dataset)
        return what + u" reads back different after writing"_s;
    return {};
}

QString checkDataset(const Dataset &dataset)
{
    if (QString broken = datesReparse(dataset); !broken.isEmpty())
        return broken;
    if (QString broken = roundTrips(dataset, u"the dataset"_s); !broken.isEmpty())
        return broken;
    const MergeResult self = mergeDatasets(dataset, dataset, u"same.json"_s);
    if (!self.ok())
        return u"merging a dataset into itself failed: "_s
                + formatAll(self.diagnostics).join(u" | "_s);
    if (!self.summary.isEmpty() || *self.dataset != dataset)
        return u"merging a dataset into itself changed it: "_s + self.summary.toText();
    return {};
}

QString checkMerge(const Dataset &base, const Dataset &incoming)
{
    const MergeResult merged = mergeDatasets(base, incoming, u"b.json"_s);
    if (QString broken = consistency(merged.diagnostics, merged.ok(), u"the merge"_s);
        !broken.isEmpty())
        return broken;
    if (!merged.ok())
        return {};
    return roundTrips(*merged.dataset, u"the merged dataset"_s);
}

QString waysAgree(QByteArrayView input, const ReadResult &quick)
{
    const ReadResult thorough = DatasetReader::read(input.toByteArray(), u"a.json"_s,
                                                    DatasetReader::Way::ThoroughOnly);
    if (formatAll(quick.diagnostics) != formatAll(thorough.diagnostics))
        return u"the quick and the thorough way report differently: "_s
                + formatAll(quick.diagnostics).join(u" | "_s) + u" || "_s
                + formatAll(thorough.diagnostics).join(u" | "_s);
    if (quick.dataset != thorough.dataset)
        return u"the quick and the thorough way read different datasets"_s;
    return {};
}

// Parses the input itself as a date too: the shortest way to the EDTF parser's corners.
QString checkDate(QByteArrayView input)
{
    constexpr qsizetype longestDate = 64;
    if (input.size() > longestDate)
        return {};
    const QString text = QString::fromUtf8(input);
    const std::optional<EdtfDate> date = EdtfDate::parse(text);
    if (!date)
        return {};
    if (date->toEdtf() != text)
        return u"the date does not keep its text: "_s + text;
    if (date->earliest().isValid() && date->latest().isValid() && date->earliest() > date->latest())
        return u"the date ends before it starts: "_s + text;
    date->toDisplayString();
    return {};
}

} // namespace

QString checkDatasetInvariants(QByteArrayView input)
{
    if (QString broken = checkDate(input); !broken.isEmpty())
        return broken;
    const qsizetype split = input.indexOf('\0');
    const QByteArrayView first = split < 0 ? input : input.first(split);
    const ReadResult a = DatasetReader::read(first.toByteArray(), u"a.json"_s);
    if (QString broken = consistency(a.diagnostics, a.ok(), u"reading"_s); !broken.isEmpty())
        return broken;
    if (QString broken = waysAgree(first, a); !broken.isEmpty())
        return broken;
    if (split < 0)
        return a.ok() ? checkDataset(*a.dataset) : QString();

    const ReadResult b = DatasetReader::read(input.sliced(split + 1).toByteArray(), u"b.json"_s);
    if (QString broken = consistency(b.diagnostics, b.ok(), u"reading"_s); !broken.isEmpty())
        return broken;
    if (!a.ok() || !b.ok())
        return {};
    return checkMerge(*a.dataset, *b.dataset);
}
