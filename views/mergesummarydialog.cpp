#include "views/mergesummarydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

MergeSummaryDialog::MergeSummaryDialog(const QString &file, const Dataset &merged,
                                       const MergeSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeSummaryDialog"));
    setWindowTitle(tr("Merged into %1").arg(merged.title));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);

    m_text = tr("%1 was merged into “%2”: %3.")
                     .arg(QFileInfo(file).fileName(), merged.title, summary.toText());
    auto *intro = new QLabel(m_text + QLatin1Char(' ') + tr("Edit ▸ Undo takes it back."), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!summary.statements.changed.isEmpty()) {
        auto *label = new QLabel(tr("Changed statements:"), this);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("changedStatements"));
        list->setAccessibleName(tr("Changed statements"));
        for (const QString &id : summary.statements.changed) {
            const Statement *statement = merged.statement(id);
            list->addItem(statement ? statement->text : id);
        }
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, summary.statements.changed.isEmpty() ? 140 : 300);
}
