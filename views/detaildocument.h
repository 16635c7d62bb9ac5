#pragma once

#include "models/dataset.h"

#include <QColor>
#include <QString>

// The detail pane's content, as HTML built from plain dataset values. Every text that comes
// from a data file is escaped, so nothing in a file is ever interpreted as markup; the only
// links are the ones made here, to actors and statements of the same dataset.
class DetailDocument
{
public:
    struct Options
    {
        QColor highlight; // background of the selected statement
    };

    static QString actorLink(const QString &actorId);
    static QString statementLink(const QString &statementId);
    // The actor or statement id a link made here points to; empty for anything else.
    static QString actorIdFromLink(const QString &link);
    static QString statementIdFromLink(const QString &link);

    // With no actor: an overview of the dispute. With an actor: who it is, what it said and what
    // was said about it, grouped by stance in date order; the selected statement highlighted.
    static QString html(const Dataset &dataset, const QString &actorId, const QString &statementId,
                        const Options &options);
};
