#pragma once

#include <QByteArrayView>
#include <QString>

// What must hold for any bytes given to the reader, checked by the fuzz target and, on the
// inputs it once broke, by a normal test. The input is one file, or two files separated by a
// NUL byte (which no valid JSON text holds): then the second is merged into the first.
//   - reading never crashes, and gives a dataset exactly when it reports no error; every
//     diagnostic has a message and either a line and a column or neither;
//   - the reader's quick way in and its thorough way give the same diagnostics and dataset;
//   - a dataset read back from what the writer makes of it is the same dataset;
//   - a dataset merged into itself changes nothing;
//   - a merge gives a dataset exactly when it reports no error, and the merged whole reads
//     back through the writer to itself;
//   - every date of a dataset, parsed again from its text, is the same date;
//   - a short input that parses as a date keeps its text, and its first day is not after its
//     last.
// Returns an empty string when all hold, else what broke.
QString checkDatasetInvariants(QByteArrayView input);
