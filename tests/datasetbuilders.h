#pragma once

#include "models/dataset.h"

#include <QtGlobal>

// Builders for the values of a dataset, for tests that make their datasets in code.

inline EdtfDate edtf(QStringView text)
{
    const std::optional<EdtfDate> date = EdtfDate::parse(text);
    if (!date)
        qFatal("invalid EDTF date in a test: %s", qPrintable(text.toString()));
    return *date;
}

inline Actor makeActor(const QString &id, const QString &name, ActorKind kind,
                       const QString &parent = {})
{
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.kind = kind;
    actor.parent = parent;
    return actor;
}

inline Statement makeStatement(const QString &id, const QString &actor, Stance stance,
                               QStringView date, const QString &text)
{
    Statement statement;
    statement.id = id;
    statement.actor = actor;
    statement.stance = stance;
    statement.date = edtf(date);
    statement.text = text;
    return statement;
}
