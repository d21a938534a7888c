#pragma once

#include "core/common/Check.h"
#include "core/tenant/TenantLint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace tokenscope::cli {

// The CLI's texts: lupdate files a tr() call in this namespace under the context "tokenscope::cli", so that is the
// context they are looked up in (translations/tokenscope-cli_en.ts: English plural forms).
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tokenscope::cli", text, disambiguation, n);
}

// Exit codes of every subcommand (shared/cli-contract.md).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// The arguments after the command name (argv[1]), without --verbose / -v, which `verbose` reports.
QStringList commandArguments(int argc, char **argv, bool *verbose = nullptr);
// tokenscope-cli speaks English, for scripts; this translator only gives its texts and the engine's their English
// plural forms ("1 check passed", "2 checks passed": translations/tokenscope-cli_en.ts, -pluralonly).
void installEnglishPlurals(QCoreApplication &app);

QTextStream &out();
QTextStream &err();

// "PASS  id_token.exp  expires in 59 min" lines, coloured when stdout is a terminal.
void printChecks(const CheckList &checks, const QString &indent = QStringLiteral("  "));
void printChecks(QTextStream &stream, const CheckList &checks, const QString &indent = QStringLiteral("  "));
// The same lines as UTF-8, appended to `out` (the batch inspect writes them for every token).
void appendChecks(QByteArray &out, const CheckList &checks, QByteArrayView indent = "  ");
QString statusLabel(CheckStatus status);
// "PASS  warning  lint.x  detail" lines of tenant findings (discover, probe).
void printFindings(const FindingList &findings, const QString &indent);
void printJson(const QJsonObject &object, bool compact = false);
// Reads a file, or a URL over HTTP, for options like --jwks FILE|URL. Returns an error string in `error`.
bool isUrlArgument(const QString &value);
// A token given on the command line: the value itself; for "-", standard input; for "@FILE", that file's content
// (both at most 1 MiB, trimmed; both keep the token out of the process list). `error` says why it could not be read.
struct TokenArgument
{
    QString token;
    QString error;
};
TokenArgument tokenArgument(const QString &value);

} // namespace tokenscope::cli
