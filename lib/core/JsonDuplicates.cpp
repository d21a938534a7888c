#include "JsonDuplicates.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tokenscope {

QStringList duplicateJsonMembers(QByteArrayView json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> names;
    };
    QList<Frame> stack;
    QStringList duplicates;
    QSet<QString> reported;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            QString name;
            QByteArray run;
            qsizetype j = i + 1;
            for (; j < n && json[j] != '"'; ++j) {
                if (json[j] != '\\') {
                    if (isKey)
                        run.append(json[j]);
                    continue;
                }
                if (++j >= n)
                    break;
                if (!isKey) {
                    if (json[j] == 'u')
                        j = std::min(j + 4, n - 1);
                    continue;
                }
                const char e = json[j];
                if (e != 'u') {
                    const char simple = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
                    run.append(simple);
                    continue;
                }
                if (j + 4 >= n)
                    break;
                bool ok = false;
                const ushort unit = QByteArrayView(json.data() + j + 1, 4).toByteArray().toUShort(&ok, 16);
                name += QString::fromUtf8(run);
                run.clear();
                name += QChar(ok ? unit : ushort(0xfffd));
                j += 4;
            }
            i = j; // at the closing quote (or the end)
            if (!isKey)
                continue;
            name += QString::fromUtf8(run);
            Frame &frame = stack.last();
            frame.expectKey = false;
            if (frame.names.contains(name)) {
                if (!reported.contains(name)) {
                    reported.insert(name);
                    duplicates.append(name);
                }
            } else {
                frame.names.insert(name);
            }
        }
    }
    return duplicates;
}

} // namespace tokenscope
