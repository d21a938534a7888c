#include "browser/Totp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace tokenscope::totp {

std::optional<QByteArray> decodeBase32(const QString &text)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    bool padding = false;
    int symbols = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\t'))
            continue;
        if (c == QLatin1Char('=')) {
            padding = true;
            continue;
        }
        if (padding) // data after padding
            return std::nullopt;
        const char upper = c.toUpper().toLatin1();
        const char *at = upper ? std::char_traits<char>::find(Alphabet, 32, upper) : nullptr;
        if (!at)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - Alphabet);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    // RFC 4648 section 6: a final quantum has 2, 4, 5 or 7 symbols; the bits left over are zero padding.
    const int tail = symbols % 8;
    if (out.isEmpty() || tail == 1 || tail == 3 || tail == 6 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QString code(const QByteArray &key, qint64 unixTime, int digits, int stepSecs)
{
    if (key.isEmpty() || unixTime < 0 || digits < 6 || digits > 8 || stepSecs <= 0)
        return {};
    quint64 counter = quint64(unixTime / stepSecs);
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), key.constData(), int(key.size()), message, sizeof message, mac, &macLength) || macLength != 20)
        return {};
    // RFC 4226 section 5.3: dynamic truncation.
    const int offset = mac[19] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16) | (quint32(mac[offset + 2]) << 8)
                           | quint32(mac[offset + 3]);
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

} // namespace tokenscope::totp
