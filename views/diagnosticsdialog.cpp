#include "views/diagnosticsdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DiagnosticsDialog::DiagnosticsDialog(const QString &summary, const QStringList &lines,
                                     QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Problems with the data files"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);

    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_text->setAccessibleName(tr("Diagnostics"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 320);
}

QString DiagnosticsDialog::text() const
{
    return m_text->toPlainText();
}
