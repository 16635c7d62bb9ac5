#pragma once

#include "models/dataset.h"
#include "models/datasetvalidator.h"

class DiagnosticSink;
class QJsonObject;

// Builds a Dataset from the root object of a parsed file, reporting into a sink every problem
// of a single value: a missing required field, a wrong JSON type, id syntax, an unknown
// enumeration value, grades, URLs, country and language codes, dates, over-long strings, the
// format version, and unknown fields (warnings). References between items are left to
// validateDataset(). Every array element becomes one list item, even a broken one, so that list
// positions stay equal to the indexes in JSON Pointers.
struct BuiltDataset
{
    Dataset dataset;
    bool formatRefused = false; // a newer or unknown format: nothing else was read
    ValidationScope complete;   // which collections were arrays that could be read
};

BuiltDataset buildDataset(const QJsonObject &root, DiagnosticSink &sink);
