#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace tokenscope {

// The result of one named verification step, e.g. "id_token.exp". Ids are part of the
// CLI contract (shared/cli-contract.md): extend, never rename.
enum class CheckStatus { Pass, Fail, Skip };

struct Check
{
    QString id;
    CheckStatus status = CheckStatus::Skip;
    QString detail;

    static Check pass(const QString &id, const QString &detail) { return {id, CheckStatus::Pass, detail}; }
    static Check fail(const QString &id, const QString &detail) { return {id, CheckStatus::Fail, detail}; }
    static Check skip(const QString &id, const QString &detail) { return {id, CheckStatus::Skip, detail}; }

    bool operator==(const Check &other) const = default;
};

using CheckList = QList<Check>;

QString checkStatusName(CheckStatus status); // "pass" | "fail" | "skip"
bool hasFailure(const CheckList &checks);
const Check *findCheck(const CheckList &checks, const QString &id);
// Returns copies of the checks with "prefix" put before each id ("token." + "id_token.exp").
CheckList prefixed(const CheckList &checks, const QString &prefix);
QJsonArray checksToJson(const CheckList &checks);

} // namespace tokenscope
