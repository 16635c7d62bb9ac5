#pragma once

#include <QObject>
#include <QString>

// The one selection every view follows: the current actor and, when a statement is selected,
// that statement (whose actor is then the current actor).
class Selection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Selection)

public:
    explicit Selection(QObject *parent = nullptr);

    QString actorId() const { return m_actorId; }
    QString statementId() const { return m_statementId; }
    bool isEmpty() const { return m_actorId.isEmpty() && m_statementId.isEmpty(); }

    // Selects an actor and no statement.
    void selectActor(const QString &actorId);
    // Selects a statement and the actor who made it.
    void selectStatement(const QString &statementId, const QString &actorId);
    void clear();

signals:
    void changed(const QString &actorId, const QString &statementId);

private:
    void set(const QString &actorId, const QString &statementId);

    QString m_actorId;
    QString m_statementId;
};
