#pragma once

#include "models/dataset.h"

#include <QByteArrayView>

#include <optional>

// The reader's quick way in: a JSON text turned straight into a Dataset in one pass over its
// bytes, with no parsed document in between, when the text is strict JSON and holds only what
// the builder would take without a word: known fields of the right types, each once, with valid
// ids, dates, codes, URLs and grades. Anything else gives nullopt, without saying why; the reader
// then takes the long way (Qt's parser, the strict check, the builder), which finds and reports
// every problem. Declining is always safe; a dataset given must be exactly the one the long way
// would build. References between items are not checked here, on either way: that is
// validateDataset()'s. The text must be valid UTF-8, without a byte-order mark.
std::optional<Dataset> parseCleanDataset(QByteArrayView text);
