#pragma once

#include <QStringList>

class DocumentStore;

// Opens the compiled-in dataset and then each file of the command line into the store, in
// order, as if they had been dropped on the window. Diagnostics go to stderr. False when any
// file did not load (the compiled-in dataset is always there).
bool openStartupFiles(DocumentStore &store, const QStringList &files);
