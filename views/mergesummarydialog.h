#pragma once

#include "models/dataset.h"
#include "models/datasetmerge.h"

#include <QDialog>

// Says what a merge did: how many actors, sources and statements were added, changed and
// unchanged, and which statements changed. Not modal; Edit ▸ Undo takes the merge back.
class MergeSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeSummaryDialog)

public:
    MergeSummaryDialog(const QString &file, const Dataset &merged, const MergeSummary &summary,
                       QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text;
};
