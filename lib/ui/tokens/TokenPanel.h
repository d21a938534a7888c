#pragma once

#include "ui/tokens/ChecksModel.h"
#include "core/oidc/FlowState.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace tokenscope {
class Clock;
}

namespace tokenscope::ui {

class ClaimsModel;
class ClaimDiffModel;

// Every token of the session (ID, access and refresh token from the authorization response, the token endpoint and
// the latest refresh): the raw token with its parts coloured, the claims tree with explanations, a live countdown to
// exp, the checks about the token, copy buttons, and after a refresh the claims that changed.
class TokenPanel : public QWidget
{
    Q_OBJECT
public:
    struct TokenRef
    {
        TokenOrigin origin;
        TokenKind kind;
        QString value;
        QString key() const { return QStringLiteral("%1/%2").arg(int(origin)).arg(int(kind)); }
    };

    TokenPanel(const Clock *clock, QWidget *parent = nullptr);

    void setState(const FlowState &state);
    void clear();
    // A line above the tokens saying whose they are when they are not of a live session ("ended: signed out");
    // empty hides it.
    void setNote(const QString &note);
    QList<TokenRef> tokens() const { return m_tokens; }
    // Selects a token: false when the session has no such token.
    bool selectToken(TokenOrigin origin, TokenKind kind);
    TokenRef currentToken() const;
    void copyCurrentToken();

    ClaimsModel *claimsModel() const { return m_claims; }
    ChecksModel *checksModel() const { return m_checks; }
    ClaimDiffModel *diffModel() const { return m_diff; }

    static QString tokenLabel(TokenOrigin origin, TokenKind kind);
    // The raw token as HTML: header, payload and signature in their own colours.
    static QString coloredTokenHtml(const QString &token);

signals:
    void copied(const QString &what);

private:
    void showCurrent();
    void tick();
    void updateDiff(const FlowState &state);

    const Clock *m_clock;
    QList<TokenRef> m_tokens;
    CheckList m_allChecks;
    qint64 m_exp = 0;
    bool m_hasExp = false;

    QLabel *m_note = nullptr;
    QComboBox *m_selector;
    QLabel *m_countdown;
    QLabel *m_summary;
    QLabel *m_empty;
    QTextBrowser *m_raw;
    QTreeView *m_claimsView;
    QTableView *m_checksView;
    QGroupBox *m_diffBox;
    QTableView *m_diffView;
    QPushButton *m_copyToken, *m_copyClaim;
    ClaimsModel *m_claims;
    ChecksModel *m_checks;
    ClaimDiffModel *m_diff;
    QTimer *m_timer;
};

} // namespace tokenscope::ui
