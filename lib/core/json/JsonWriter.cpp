#include "core/json/JsonWriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace tokenscope::json {

namespace {

constexpr char Hex[] = "0123456789abcdef";

char *escapeUnit(char *d, char16_t u)
{
    *d++ = '\\';
    *d++ = 'u';
    *d++ = Hex[(u >> 12) & 0xf];
    *d++ = Hex[(u >> 8) & 0xf];
    *d++ = Hex[(u >> 4) & 0xf];
    *d++ = Hex[u & 0xf];
    return d;
}

void appendIndent(QByteArray &out, int level)
{
    out.append(qsizetype(4) * level, ' ');
}

void appendValue(QByteArray &out, const QJsonValue &value, int level, Format format);

void appendObjectContent(QByteArray &out, const QJsonObject &object, int level, Format format)
{
    const bool indented = format == Format::Indented;
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += indented ? ",\n" : ",";
        first = false;
        if (indented)
            appendIndent(out, level);
        appendString(out, it.key());
        out += indented ? ": " : ":";
        appendValue(out, it.value(), level, format);
    }
    if (!first && indented)
        out += '\n';
}

void appendArrayContent(QByteArray &out, const QJsonArray &array, int level, Format format)
{
    const bool indented = format == Format::Indented;
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first)
            out += indented ? ",\n" : ",";
        first = false;
        if (indented)
            appendIndent(out, level);
        appendValue(out, element, level, format);
    }
    if (!first && indented)
        out += '\n';
}

void appendValue(QByteArray &out, const QJsonValue &value, int level, Format format)
{
    const bool indented = format == Format::Indented;
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // A number the parser kept as an integer is written as one; QJsonValue tells them apart only through CBOR.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out += QByteArray::number(number.toInteger());
        } else {
            const double d = number.toDouble();
            if (std::isfinite(d))
                out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            else
                out += "null";
        }
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array:
        out += indented ? "[\n" : "[";
        appendArrayContent(out, value.toArray(), level + (indented ? 1 : 0), format);
        appendIndent(out, indented ? level : 0);
        out += ']';
        return;
    case QJsonValue::Object:
        out += indented ? "{\n" : "{";
        appendObjectContent(out, value.toObject(), level + (indented ? 1 : 0), format);
        appendIndent(out, indented ? level : 0);
        out += '}';
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    out += "null";
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    // Into room for the worst case (6 bytes per UTF-16 unit: \uXXXX), then trimmed.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *d++ = char(u);
                continue;
            }
            switch (u) {
            case u'"': *d++ = '\\'; *d++ = '"'; break;
            case u'\\': *d++ = '\\'; *d++ = '\\'; break;
            case u'\b': *d++ = '\\'; *d++ = 'b'; break;
            case u'\f': *d++ = '\\'; *d++ = 'f'; break;
            case u'\n': *d++ = '\\'; *d++ = 'n'; break;
            case u'\r': *d++ = '\\'; *d++ = 'r'; break;
            case u'\t': *d++ = '\\'; *d++ = 't'; break;
            default: d = escapeUnit(d, u);
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t cp = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3f));
            *d++ = char(0x80 | ((cp >> 6) & 0x3f));
            *d++ = char(0x80 | (cp & 0x3f));
        } else {
            d = escapeUnit(d, u); // a lone surrogate has no UTF-8
        }
    }
    *d++ = '"';
    out.resize(d - out.constData());
}

void appendObject(QByteArray &out, const QJsonObject &object, Format format)
{
    const bool indented = format == Format::Indented;
    out += indented ? "{\n" : "{";
    appendObjectContent(out, object, indented ? 1 : 0, format);
    out += indented ? "}\n" : "}";
}

void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *d = out.data() + start;
    const char16_t *p = text.utf16();
    qsizetype i = 0;
    for (; i < text.size() && p[i] < 0x80; ++i)
        d[i] = char(p[i]);
    if (i == text.size())
        return;
    out.resize(start + i);
    out += text.mid(i).toUtf8(); // the rest starts at a whole character: no surrogate pair is split
}

} // namespace tokenscope::json
