#pragma once

#include <QWidget>

// A translucent panel over the window while files are dragged over it, saying what dropping
// them will do ("Open as new dispute", "Merge into …"). It lets every mouse event through.
class DropOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropOverlay)

public:
    explicit DropOverlay(QWidget *parent);

    void showMessage(const QStringList &lines);
    QString message() const { return m_lines.join(QLatin1Char('\n')); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_lines;
};
