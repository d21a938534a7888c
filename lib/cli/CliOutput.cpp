#include "cli/CliOutput.h"

#include "core/json/JsonWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QTranslator>
#include <cstdio>
#include <unistd.h>

namespace tokenscope::cli {

QStringList commandArguments(int argc, char **argv, bool *verbose)
{
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const qsizetype before = arguments.size();
    arguments.removeAll(QStringLiteral("--verbose"));
    arguments.removeAll(QStringLiteral("-v"));
    if (verbose)
        *verbose = arguments.size() != before;
    return arguments;
}

void installEnglishPlurals(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/tokenscope-cli_en.qm")))
        QCoreApplication::installTranslator(plurals);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {
bool colour()
{
    static const bool enabled = ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
    return enabled;
}
} // namespace

QString statusLabel(CheckStatus status)
{
    QString label;
    QString code;
    switch (status) {
    case CheckStatus::Pass:
        label = QStringLiteral("PASS");
        code = QStringLiteral("32");
        break;
    case CheckStatus::Fail:
        label = QStringLiteral("FAIL");
        code = QStringLiteral("31");
        break;
    case CheckStatus::Skip:
        label = QStringLiteral("skip");
        code = QStringLiteral("90");
        break;
    }
    if (!colour())
        return label;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(code, label);
}

void printChecks(const CheckList &checks, const QString &indent)
{
    printChecks(out(), checks, indent);
    out().flush();
}

void printChecks(QTextStream &stream, const CheckList &checks, const QString &indent)
{
    QByteArray lines;
    appendChecks(lines, checks, indent.toUtf8());
    stream << QString::fromUtf8(lines);
}

void appendChecks(QByteArray &out, const CheckList &checks, QByteArrayView indent)
{
    // The labels once per process: statusLabel() decides about colour once, too.
    static const QByteArray labels[] = {statusLabel(CheckStatus::Pass).toUtf8(), statusLabel(CheckStatus::Fail).toUtf8(),
                                        statusLabel(CheckStatus::Skip).toUtf8()};
    qsizetype width = 0;
    for (const Check &c : checks)
        width = std::max(width, c.id.size());
    for (const Check &c : checks) {
        out += indent;
        out += labels[int(c.status)];
        out += "  ";
        json::appendUtf8(out, c.id);
        out.append(width - c.id.size() + 2, ' ');
        json::appendUtf8(out, c.detail.toString());
        out += '\n';
    }
}

void printJson(const QJsonObject &object, bool compact)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out() << '\n';
    out().flush();
}

bool isUrlArgument(const QString &value)
{
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"));
}

TokenArgument tokenArgument(const QString &value)
{
    constexpr qint64 maxBytes = 1024 * 1024;
    QFile in;
    if (value == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {{}, tr("cannot read standard input")};
    } else if (value.startsWith(QLatin1Char('@'))) {
        in.setFileName(value.mid(1));
        if (!in.open(QIODevice::ReadOnly))
            return {{}, tr("cannot read %1: %2").arg(value.mid(1), in.errorString())};
    } else {
        return {value.trimmed(), {}};
    }
    return {QString::fromUtf8(in.read(maxBytes)).trimmed(), {}};
}

void printFindings(const FindingList &findings, const QString &indent)
{
    qsizetype width = 0;
    for (const Finding &f : findings)
        width = std::max(width, f.id.size());
    for (const Finding &f : findings) {
        out() << indent << statusLabel(f.status) << "  " << findingLevelName(f.level).leftJustified(7) << "  " << f.id.leftJustified(width)
              << "  " << f.detail << '\n';
    }
    out().flush();
}

} // namespace tokenscope::cli
