#include "models/selection.h"

Selection::Selection(QObject *parent)
    : QObject(parent)
{ }

void Selection::selectActor(const QString &actorId)
{
    set(actorId, QString());
}

void Selection::selectStatement(const QString &statementId, const QString &actorId)
{
    set(actorId, statementId);
}

void Selection::clear()
{
    set(QString(), QString());
}

void Selection::set(const QString &actorId, const QString &statementId)
{
    if (actorId == m_actorId && statementId == m_statementId)
        return;
    m_actorId = actorId;
    m_statementId = statementId;
    emit changed(m_actorId, m_statementId);
}
