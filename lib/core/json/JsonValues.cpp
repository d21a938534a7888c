#include "core/json/JsonValues.h"

#include <QCoreApplication>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::JsonText.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::JsonText)
};

QString json::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonText::tr("null");
    case QJsonValue::Bool:
        return JsonText::tr("a boolean");
    case QJsonValue::Double:
        return JsonText::tr("a number");
    case QJsonValue::String:
        return JsonText::tr("a string");
    case QJsonValue::Array:
        return JsonText::tr("an array");
    case QJsonValue::Object:
        return JsonText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonText::tr("nothing");
}

} // namespace tokenscope
