#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

namespace tokenscope::json {

// JSON text written straight into a growing buffer, byte for byte what QJsonDocument::toJson() writes, without the
// document, the QCborValue per member and the QByteArray per string that its writer makes: the batch inspect writes
// the header, the payload and every check of every token (issue 17). TestJsonWriter holds it to QJsonDocument's bytes.
enum class Format { Compact, Indented };

// A string with its quotes, escaped as QJsonDocument escapes (\" \\ \b \f \n \r \t, \u00XX for other controls,
// \uXXXX for a lone surrogate), the rest as UTF-8.
void appendString(QByteArray &out, QStringView text);
// The object as QJsonDocument(object).toJson(format) writes it (Indented ends with a newline, Compact does not).
void appendObject(QByteArray &out, const QJsonObject &object, Format format);

// `text` as UTF-8 (QString::toUtf8()), appended without a temporary array for the common, ASCII case.
void appendUtf8(QByteArray &out, QStringView text);

} // namespace tokenscope::json
