#pragma once

#include <QDialog>

class QPlainTextEdit;

// Lists what went wrong with files that could not be opened, one diagnostic a line in the
// documented form (FILE:LINE:COL: error: ...), as plain text to select and copy. Not modal:
// the window stays usable while it is open.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    DiagnosticsDialog(const QString &summary, const QStringList &lines, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text;
};
