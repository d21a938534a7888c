#include "core/jose/Base64Url.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace tokenscope::Base64Url {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::Base64Url::Base64UrlText.
struct Base64UrlText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::Base64Url::Base64UrlText)
};

namespace {


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
                return Base64UrlText::tr("padding character '=' at offset %1; base64url in JOSE is never padded").arg(i);
            if (text[i] == '+' || text[i] == '/')
                return Base64UrlText::tr("character %1 at offset %2 belongs to standard base64, not base64url (which uses '-' and '_')")
                    .arg(describeByte(text[i]))
                    .arg(i);
            return Base64UrlText::tr("character %1 at offset %2 is not in the base64url alphabet").arg(describeByte(text[i])).arg(i);
        }
    }
    if (text.size() % 4 == 1)
        return Base64UrlText::tr("its length %1 is one more than a multiple of 4, which no byte string encodes to").arg(text.size());
    return {};
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    // One table-driven pass that validates and decodes (every token part of every token goes through here); the
    // same results as QByteArray::fromBase64Encoding with Base64UrlEncoding | OmitTrailingEquals |
    // AbortOnBase64DecodingErrors after the alphabet check, including ignoring the unused low bits of the last
    // character.
    static constexpr auto table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        for (int i = 0; i < 26; ++i) {
            t['A' + i] = static_cast<signed char>(i);
            t['a' + i] = static_cast<signed char>(26 + i);
        }
        for (int i = 0; i < 10; ++i)
            t['0' + i] = static_cast<signed char>(52 + i);
        t['-'] = 62;
        t['_'] = 63;
        return t;
    }();
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return std::nullopt;
    QByteArray out(n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    quint32 bits = 0;
    int count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int v = table[in[i]];
        if (v < 0)
            return std::nullopt;
        bits = (bits << 6) | quint32(v);
        if (++count == 4) {
            *o++ = static_cast<unsigned char>(bits >> 16);
            *o++ = static_cast<unsigned char>(bits >> 8);
            *o++ = static_cast<unsigned char>(bits);
            bits = 0;
            count = 0;
        }
    }
    if (count == 2) {
        *o++ = static_cast<unsigned char>(bits >> 4);
    } else if (count == 3) {
        *o++ = static_cast<unsigned char>(bits >> 10);
        *o++ = static_cast<unsigned char>(bits >> 2);
    }
    return out;
}

} // namespace tokenscope::Base64Url
