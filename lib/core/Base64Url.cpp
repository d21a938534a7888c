#include "Base64Url.h"

#include <QCoreApplication>
#include <QString>

namespace tokenscope::Base64Url {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Base64Url", text);
}

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

QString describeByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString explainInvalid(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBase64UrlChar(text[i])) {
            if (text[i] == '=')
                return tr("padding character '=' at offset %1; base64url in JOSE is never padded").arg(i);
            if (text[i] == '+' || text[i] == '/')
                return tr("character %1 at offset %2 belongs to standard base64, not base64url (which uses '-' and '_')")
                    .arg(describeByte(text[i]))
                    .arg(i);
            return tr("character %1 at offset %2 is not in the base64url alphabet").arg(describeByte(text[i])).arg(i);
        }
    }
    if (text.size() % 4 == 1)
        return tr("its length %1 is one more than a multiple of 4, which no byte string encodes to").arg(text.size());
    return {};
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace tokenscope::Base64Url
