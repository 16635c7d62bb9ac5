#include "models/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

using namespace Qt::Literals::StringLiterals;

QString escapePointerToken(QStringView token)
{
    QString escaped;
    escaped.reserve(token.size());
    for (const QChar c : token) {
        if (c == u'~')
            escaped += u"~0";
        else if (c == u'/')
            escaped += u"~1";
        else
            escaped += c;
    }
    return escaped;
}

QString elementPointer(QStringView collection, qsizetype index, QStringView field)
{
    QString pointer;
    if (!collection.isEmpty()) {
        pointer += u'/';
        pointer += collection;
        pointer += u'/';
        pointer += QString::number(index);
    }
    if (!field.isEmpty()) {
        pointer += u'/';
        pointer += escapePointerToken(field);
    }
    return pointer;
}

std::optional<QString> findTooDeepValue(const QJsonDocument &document, int maxDepth)
{
    struct Frame
    {
        QJsonObject object;
        QJsonArray array;
        bool isObject = false;
        qsizetype next = 0; // index of the next child to visit
    };

    if (!document.isObject() && !document.isArray())
        return std::nullopt;
    if (maxDepth < 1)
        return QString();

    std::vector<Frame> stack;
    stack.reserve(std::size_t(maxDepth));
    if (document.isObject())
        stack.push_back({document.object(), {}, true});
    else
        stack.push_back({{}, document.array(), false});

    while (!stack.empty()) {
        Frame &top = stack.back();
        const qsizetype size = top.isObject ? top.object.size() : top.array.size();
        if (top.next >= size) {
            stack.pop_back();
            continue;
        }
        const qsizetype i = top.next++;
        const QJsonValue::Type type = top.isObject ? (top.object.constBegin() + i).value().type()
                                                   : (top.array.constBegin() + i)->type();
        if (type != QJsonValue::Object && type != QJsonValue::Array)
            continue;

        if (stack.size() >= std::size_t(maxDepth)) {
            QString pointer;
            for (const Frame &frame : stack) {
                pointer += u'/';
                if (frame.isObject)
                    pointer += escapePointerToken(
                            (frame.object.constBegin() + frame.next - 1).key());
                else
                    pointer += QString::number(frame.next - 1);
            }
            return pointer;
        }
        const QJsonValue child = top.isObject ? QJsonValue((top.object.constBegin() + i).value())
                                              : top.array.at(i);
        if (type == QJsonValue::Object)
            stack.push_back({child.toObject(), {}, true});
        else
            stack.push_back({{}, child.toArray(), false});
    }
    return std::nullopt;
}
