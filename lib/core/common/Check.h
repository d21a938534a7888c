#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <concepts>
#include <memory>
#include <atomic>
#include <type_traits>
#include <utility>

class QDebug;
class QTextStream;

namespace tokenscope {

// The human-readable text of a check. Either a ready string or a deferred one: the validator records what a message
// needs (values copied, never references) and the text (tr(), arg(), date formatting) is built only when somebody
// reads it, at most once (thread-safe). Most checks of most tokens pass and nobody reads their texts, so building
// every message up front was most of the validator's cost (issue 6). Reads look like a QString: it converts
// implicitly, compares with strings, and has the QString calls callers use; use toString() where a QString is
// needed through a second conversion (QVariant, QJsonValue).
class CheckDetail
{
public:
    CheckDetail() = default;
    explicit CheckDetail(const QString &text) : m_text(text) {}
    explicit CheckDetail(QString &&text) : m_text(std::move(text)) {}
    CheckDetail &operator=(const QString &text) { return *this = CheckDetail(text); }
    CheckDetail &operator=(QString &&text) { return *this = CheckDetail(std::move(text)); }

    // `format` is called with no arguments, at most once, on the first read, and returns the text.
    template<typename Format>
        requires std::is_invocable_r_v<QString, const std::decay_t<Format> &>
    static CheckDetail deferred(Format &&format)
    {
        CheckDetail d;
        d.m_deferred = std::make_shared<DeferredImpl<std::decay_t<Format>>>(std::forward<Format>(format));
        return d;
    }

    QString toString() const;
    operator QString() const { return toString(); } // NOLINT(google-explicit-constructor): reads stay source-compatible

    bool isEmpty() const { return toString().isEmpty(); }
    qsizetype size() const { return toString().size(); }
    template<typename... Args>
    bool contains(Args &&...args) const { return toString().contains(std::forward<Args>(args)...); }
    template<typename... Args>
    bool startsWith(Args &&...args) const { return toString().startsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool endsWith(Args &&...args) const { return toString().endsWith(std::forward<Args>(args)...); }

    friend bool operator==(const CheckDetail &a, const CheckDetail &b) { return a.toString() == b.toString(); }
    friend bool operator==(const CheckDetail &a, const QString &b) { return a.toString() == b; }

private:
    struct Deferred
    {
        virtual ~Deferred() = default;
        virtual QString format() const = 0;
        enum State { Pending, Formatting, Done };
        mutable std::atomic<int> state{Pending};
        mutable QString text;
    };
    template<typename Format>
    struct DeferredImpl final : Deferred
    {
        template<typename F>
        explicit DeferredImpl(F &&f) : m_format(std::forward<F>(f)) {}
        QString format() const override { return m_format(); }
        Format m_format;
    };

    QString m_text;
    std::shared_ptr<const Deferred> m_deferred; // set => m_text is unused
};

QTextStream &operator<<(QTextStream &stream, const CheckDetail &detail);
QDebug operator<<(QDebug debug, const CheckDetail &detail);

// The result of one named verification step, e.g. "id_token.exp". Ids are part of the
// CLI contract (shared/cli-contract.md): extend, never rename.
enum class CheckStatus { Pass, Fail, Skip };

struct Check
{
    QString id;
    CheckStatus status = CheckStatus::Skip;
    CheckDetail detail;

    static Check pass(const QString &id, const QString &detail) { return {id, CheckStatus::Pass, CheckDetail(detail)}; }
    static Check fail(const QString &id, const QString &detail) { return {id, CheckStatus::Fail, CheckDetail(detail)}; }
    static Check skip(const QString &id, const QString &detail) { return {id, CheckStatus::Skip, CheckDetail(detail)}; }
    static Check pass(const QString &id, CheckDetail detail) { return {id, CheckStatus::Pass, std::move(detail)}; }
    static Check fail(const QString &id, CheckDetail detail) { return {id, CheckStatus::Fail, std::move(detail)}; }
    static Check skip(const QString &id, CheckDetail detail) { return {id, CheckStatus::Skip, std::move(detail)}; }

    bool operator==(const Check &other) const = default;

    QString summary() const { return id + QStringLiteral(": ") + detail.toString(); } // "id_token.exp: expired 2 h ago"
};

using CheckList = QList<Check>;

QString checkStatusName(CheckStatus status); // "pass" | "fail" | "skip"
bool hasFailure(const CheckList &checks);
const Check *firstFailure(const CheckList &checks); // null when no check failed
const Check *findCheck(const CheckList &checks, const QString &id);
// Returns copies of the checks with "prefix" put before each id ("token." + "id_token.exp").
CheckList prefixed(const CheckList &checks, const QString &prefix);
QJsonArray checksToJson(const CheckList &checks);

} // namespace tokenscope
