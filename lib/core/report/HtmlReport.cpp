#include "core/report/HtmlReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::HtmlReportText.
struct HtmlReportText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::HtmlReportText)
};

namespace {


const char Style[] = R"CSS(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:24px;color:#1f2328;background:#f6f8fa}
main{max-width:1200px;margin:0 auto}
h1{font-size:1.6em;margin:0 0 4px}
h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h3{font-size:1.05em;margin:18px 0 6px}
.meta{color:#57606a;margin:0 0 12px}
.verdict{display:inline-block;padding:4px 12px;border-radius:4px;font-weight:600;color:#fff}
.verdict.ok{background:#1a7f37}.verdict.failed{background:#cf222e}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 12px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eaeef2;font-weight:600}
td.id,td.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.skip{color:#6e7781}
.error{color:#cf222e;font-weight:600}.warning{color:#9a6700;font-weight:600}.info{color:#57606a}
td.cell-pass{background:#dafbe1}td.cell-fail{background:#ffebe9}td.cell-skip{background:#f6f8fa}
pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;background:#fff;border:1px solid #d0d7de;padding:8px;white-space:pre-wrap;word-break:break-all;margin:4px 0}
details{margin:4px 0}summary{cursor:pointer}
footer{margin-top:32px;color:#57606a;font-size:.9em}
)CSS";

QString e(const QString &text)
{
    return htmlEscape(text);
}

QString pretty(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 16);
    return QString();
}

QString statusSpan(const QString &status)
{
    const QString cls = status == QLatin1String("pass") || status == QLatin1String("fail") || status == QLatin1String("skip") ? status
                                                                                                                             : QStringLiteral("skip");
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, e(status));
}

QString levelSpan(const QString &level)
{
    const QString cls = level == QLatin1String("error") || level == QLatin1String("warning") ? level : QStringLiteral("info");
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, e(level));
}

QString stepsTable(const QJsonArray &steps)
{
    QString out = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                      .arg(HtmlReportText::tr("step"), HtmlReportText::tr("status"), HtmlReportText::tr("ms"), HtmlReportText::tr("detail"));
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        out += QStringLiteral("<tr><td class=\"id\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(e(s.value(QStringLiteral("name")).toString()), statusSpan(s.value(QStringLiteral("status")).toString()),
                        e(pretty(s.value(QStringLiteral("ms")))), e(s.value(QStringLiteral("detail")).toString()));
    }
    return out + QStringLiteral("</table>\n");
}

QString checksTable(const QJsonArray &checks, bool withLevel)
{
    QString out = withLevel ? QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                                  .arg(HtmlReportText::tr("id"), HtmlReportText::tr("level"), HtmlReportText::tr("status"), HtmlReportText::tr("detail"))
                            : QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n").arg(HtmlReportText::tr("id"), HtmlReportText::tr("status"), HtmlReportText::tr("detail"));
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        out += withLevel ? QStringLiteral("<tr id=\"%1\"><td class=\"id\">%1</td>").arg(e(id))
                         : QStringLiteral("<tr><td class=\"id\">%1</td>").arg(e(id));
        if (withLevel)
            out += QStringLiteral("<td>%1</td>").arg(levelSpan(c.value(QStringLiteral("level")).toString()));
        out += QStringLiteral("<td>%1</td><td>%2</td></tr>\n")
                   .arg(statusSpan(c.value(QStringLiteral("status")).toString()), e(c.value(QStringLiteral("detail")).toString()));
    }
    return out + QStringLiteral("</table>\n");
}

QString keyValueTable(const QJsonObject &o)
{
    QString out = QStringLiteral("<table>\n");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isObject() || v.isArray()
                                 ? QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                                  : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                 : pretty(v);
        out += QStringLiteral("<tr><th>%1</th><td class=\"code\">%2</td></tr>\n").arg(e(it.key()), e(text));
    }
    return out + QStringLiteral("</table>\n");
}

QString matrixTable(const QJsonArray &probes)
{
    QStringList types, modes;
    QMap<QPair<QString, QString>, QJsonObject> cells;
    for (const QJsonValue &v : probes) {
        const QJsonObject p = v.toObject();
        if (!p.value(QStringLiteral("id")).toString().startsWith(QLatin1String("probe.matrix.")))
            continue;
        const QString type = p.value(QStringLiteral("responseType")).toString();
        const QString mode = p.value(QStringLiteral("responseMode")).toString();
        if (type.isEmpty() || mode.isEmpty())
            continue;
        if (!types.contains(type))
            types << type;
        if (!modes.contains(mode))
            modes << mode;
        cells.insert({type, mode}, p);
    }
    if (cells.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3>\n<table class=\"matrix\"><tr><th>%2</th>").arg(HtmlReportText::tr("Flow matrix"), HtmlReportText::tr("response type \\ mode"));
    for (const QString &mode : std::as_const(modes))
        out += QStringLiteral("<th>%1</th>").arg(e(mode));
    out += QStringLiteral("</tr>\n");
    for (const QString &type : std::as_const(types)) {
        out += QStringLiteral("<tr><th class=\"code\">%1</th>").arg(e(type));
        for (const QString &mode : std::as_const(modes)) {
            const auto it = cells.constFind({type, mode});
            if (it == cells.constEnd()) {
                out += QStringLiteral("<td class=\"cell-skip\">—</td>");
                continue;
            }
            const QString status = it->value(QStringLiteral("status")).toString();
            const QString outcome = it->value(QStringLiteral("outcome")).toString();
            const QString label = outcome == QLatin1String("worked") ? HtmlReportText::tr("worked")
                                  : outcome == QLatin1String("failed")
                                      ? (it->value(QStringLiteral("expected")).toString() == QLatin1String("refused") ? HtmlReportText::tr("refused (as it must)") : HtmlReportText::tr("failed"))
                                      : status;
            out += QStringLiteral("<td class=\"cell-%1\" title=\"%2\">%3%4</td>")
                       .arg(status == QLatin1String("pass") || status == QLatin1String("fail") ? status : QStringLiteral("skip"),
                            e(it->value(QStringLiteral("detail")).toString()), statusSpan(status),
                            QStringLiteral(" ") + e(label)
                                + (it->contains(QStringLiteral("error")) ? QStringLiteral("<br><span class=\"code\">%1</span>")
                                                                                 .arg(e(it->value(QStringLiteral("error")).toString()))
                                                                           : QString()));
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

// probe.api.*: one row per case, with what was sent and what the API answered.
QString apiTable(const QJsonArray &probes)
{
    QString rows;
    for (const QJsonValue &v : probes) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        if (!id.startsWith(QLatin1String("probe.api.")))
            continue;
        const int status = p.value(QStringLiteral("httpStatus")).toInt();
        const QString answer = p.contains(QStringLiteral("httpStatus"))
                                   ? (status == 0 ? HtmlReportText::tr("no answer") : QString::number(status))
                                         + (p.contains(QStringLiteral("wwwAuthenticate"))
                                                ? QStringLiteral("<br><span class=\"code\">%1</span>").arg(e(p.value(QStringLiteral("wwwAuthenticate")).toString()))
                                                : QString())
                                   : QStringLiteral("—");
        rows += QStringLiteral("<tr><td class=\"id\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(e(id.mid(10)), statusSpan(p.value(QStringLiteral("status")).toString()), levelSpan(p.value(QStringLiteral("level")).toString()),
                         e(p.value(QStringLiteral("sent")).toString()), answer);
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>\n<table class=\"api\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
               .arg(HtmlReportText::tr("API probes"), HtmlReportText::tr("case"), HtmlReportText::tr("status"), HtmlReportText::tr("level"),
                    HtmlReportText::tr("token sent"), HtmlReportText::tr("API answer"))
           + rows + QStringLiteral("</table>\n");
}

QString tokensSection(const QJsonObject &tokens)
{
    QString out;
    for (const char *origin : {"authorization", "token", "refresh"}) {
        const QJsonObject set = tokens.value(QLatin1String(origin)).toObject();
        if (set.isEmpty())
            continue;
        out += QStringLiteral("<h3>%1</h3>\n").arg(e(QLatin1String(origin)));
        for (auto it = set.begin(); it != set.end(); ++it)
            out += QStringLiteral("<details open><summary class=\"code\">%1</summary><pre>%2</pre></details>\n").arg(e(it.key()), e(pretty(it.value())));
    }
    return out;
}

QString exchangesSection(const QJsonArray &exchanges)
{
    QString out;
    for (const QJsonValue &v : exchanges) {
        const QJsonObject x = v.toObject();
        QString headline = QStringLiteral("%1 %2 → %3 (%4 ms) [%5]")
                               .arg(x.value(QStringLiteral("method")).toString(), x.value(QStringLiteral("url")).toString(),
                                    x.contains(QStringLiteral("error")) ? x.value(QStringLiteral("error")).toString() : pretty(x.value(QStringLiteral("status"))),
                                    pretty(x.value(QStringLiteral("ms"))), x.value(QStringLiteral("step")).toString());
        auto headers = [](const QJsonArray &list) {
            QString text;
            for (const QJsonValue &h : list) {
                const QJsonArray pair = h.toArray();
                text += pair.at(0).toString() + QStringLiteral(": ") + pair.at(1).toString() + QLatin1Char('\n');
            }
            return text;
        };
        out += QStringLiteral("<details><summary class=\"code\">%1</summary>\n").arg(e(headline));
        out += QStringLiteral("<pre>%1\n%2</pre>\n")
                   .arg(e(headers(x.value(QStringLiteral("requestHeaders")).toArray())), e(x.value(QStringLiteral("requestBody")).toString().left(16384)));
        out += QStringLiteral("<pre>%1\n%2</pre>\n</details>\n")
                   .arg(e(headers(x.value(QStringLiteral("responseHeaders")).toArray())), e(x.value(QStringLiteral("responseBody")).toString().left(16384)));
    }
    return out;
}

QString flowSections(const QJsonObject &r, const QString &headingPrefix)
{
    QString out;
    if (r.value(QStringLiteral("profileDetails")).isObject())
        out += QStringLiteral("<h2>%1%2</h2>\n").arg(e(headingPrefix), HtmlReportText::tr("Profile")) + keyValueTable(r.value(QStringLiteral("profileDetails")).toObject());
    if (r.value(QStringLiteral("steps")).isArray())
        out += QStringLiteral("<h2>%1%2</h2>\n").arg(e(headingPrefix), HtmlReportText::tr("Steps")) + stepsTable(r.value(QStringLiteral("steps")).toArray());
    if (r.value(QStringLiteral("checks")).isArray())
        out += QStringLiteral("<h2>%1%2</h2>\n").arg(e(headingPrefix), HtmlReportText::tr("Checks")) + checksTable(r.value(QStringLiteral("checks")).toArray(), false);
    if (r.value(QStringLiteral("tokens")).isObject() && !r.value(QStringLiteral("tokens")).toObject().isEmpty())
        out += QStringLiteral("<h2>%1%2</h2>\n").arg(e(headingPrefix), HtmlReportText::tr("Tokens (decoded; signatures and refresh tokens left out)"))
             + tokensSection(r.value(QStringLiteral("tokens")).toObject());
    if (r.value(QStringLiteral("userinfo")).isObject())
        out += QStringLiteral("<h2>%1%2</h2>\n<pre>%3</pre>\n").arg(e(headingPrefix), HtmlReportText::tr("Userinfo"), e(pretty(r.value(QStringLiteral("userinfo")))));
    if (r.value(QStringLiteral("api")).isObject()) {
        const QJsonObject api = r.value(QStringLiteral("api")).toObject();
        out += QStringLiteral("<h2>%1%2</h2>\n<p>HTTP %3</p>\n<pre>%4</pre>\n")
                   .arg(e(headingPrefix), HtmlReportText::tr("API"), e(pretty(api.value(QStringLiteral("status")))), e(api.value(QStringLiteral("body")).toString()));
    }
    if (r.value(QStringLiteral("metadata")).isObject())
        out += QStringLiteral("<h2>%1%2</h2>\n<details><summary>%3</summary><pre>%4</pre></details>\n")
                   .arg(e(headingPrefix), HtmlReportText::tr("Discovery metadata"), HtmlReportText::tr("show the document"), e(pretty(r.value(QStringLiteral("metadata")))));
    if (r.value(QStringLiteral("exchanges")).isArray())
        out += QStringLiteral("<h2>%1%2</h2>\n").arg(e(headingPrefix), HtmlReportText::tr("HTTP exchanges (redacted)"))
             + exchangesSection(r.value(QStringLiteral("exchanges")).toArray());
    return out;
}

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString htmlReport(const QJsonObject &r)
{
    const bool ok = r.value(QStringLiteral("ok")).toBool();
    const QString profile = r.value(QStringLiteral("profile")).toString();
    const QString title = profile.isEmpty() ? HtmlReportText::tr("Tokenscope report") : HtmlReportText::tr("Tokenscope report: %1").arg(profile);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n").arg(e(title), QString::fromLatin1(Style));
    out += QStringLiteral("<h1>%1</h1>\n").arg(e(title));
    // Say only what ran: a sign-in report has no probes, and a skipped check did not pass.
    const bool probesRan = !r.value(QStringLiteral("probes")).toArray().isEmpty();
    out += QStringLiteral("<p><span id=\"verdict\" class=\"verdict %1\">%2</span></p>\n")
               .arg(ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                    !ok ? HtmlReportText::tr("FAILED")
                        : probesRan ? HtmlReportText::tr("OK: no step, check or probe failed")
                                    : HtmlReportText::tr("OK: no step or check failed"));
    QStringList meta;
    for (const auto &[key, label] : {std::pair{"generatedAt", "generated"}, std::pair{"startedAt", "started"}, std::pair{"finishedAt", "finished"},
                                     std::pair{"tokenscopeVersion", "Tokenscope"}}) {
        const QString value = r.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            meta << QStringLiteral("%1 %2").arg(HtmlReportText::tr(label), value);
    }
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(e(meta.join(QStringLiteral(" · "))));

    if (r.value(QStringLiteral("lint")).isArray() || r.value(QStringLiteral("findings")).isArray()) {
        const QJsonArray findings = r.value(QStringLiteral("lint")).isArray() ? r.value(QStringLiteral("lint")).toArray()
                                                                              : r.value(QStringLiteral("findings")).toArray();
        out += QStringLiteral("<h2>%1</h2>\n").arg(HtmlReportText::tr("Configuration lint")) + checksTable(findings, true);
    }
    if (r.value(QStringLiteral("probes")).isArray()) {
        const QJsonArray probes = r.value(QStringLiteral("probes")).toArray();
        out += QStringLiteral("<h2>%1</h2>\n").arg(HtmlReportText::tr("Behaviour probes")) + matrixTable(probes) + apiTable(probes);
        out += QStringLiteral("<h3>%1</h3>\n").arg(HtmlReportText::tr("All probe results")) + checksTable(probes, true);
    }
    out += flowSections(r, QString());
    if (r.value(QStringLiteral("compare")).isObject()) {
        const QJsonObject c = r.value(QStringLiteral("compare")).toObject();
        out += QStringLiteral("<h2>%1</h2>\n").arg(e(HtmlReportText::tr("Compared with: %1").arg(c.value(QStringLiteral("profile")).toString())));
        out += flowSections(c, HtmlReportText::tr("Compare: "));
    }
    out += QStringLiteral("<footer>%1</footer>\n</main>\n</body>\n</html>\n")
               .arg(e(HtmlReportText::tr("Generated by Tokenscope %1. Secrets (client secret, refresh tokens, code verifier, passwords) and token "
                                         "signatures are redacted.")
                          .arg(r.value(QStringLiteral("tokenscopeVersion")).toString(QStringLiteral(TOKENSCOPE_VERSION)))));
    return out;
}

} // namespace tokenscope
