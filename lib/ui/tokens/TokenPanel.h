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

    // One sign-in of the profile's history, with its tokens as they were when it ended (or are, while it is live).
    struct Run
    {
        QString name;  // "Run 3"
        QString label; // "Run 3 · 14:05:12 · ended: signed out"
        QString note;  // shown above its tokens ("Run 3 ended (signed out): its tokens are kept for reference.")
        FlowState state;
    };

    TokenPanel(const Clock *clock, QWidget *parent = nullptr);

    void setState(const FlowState &state);
    void clear();
    // The profile's runs, newest first; `shown`: the run whose tokens setState() shows (-1: none of them). The Run
    // selector then offers every run's tokens, and "Compare with" any token of any run against the token shown.
    void setHistory(const QList<Run> &runs, int shown);
    int runCount() const { return int(m_runs.size()); }
    // Shows a run of the history (index as in setHistory); false when there is none such.
    bool selectRun(int index);
    // Compares the token shown with this token of a run (its claims diff in the diff table); false when the run has
    // no such token. clearComparison() goes back to the last refresh's changes.
    bool compareWith(int run, TokenOrigin origin, TokenKind kind);
    void clearComparison();
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
    // The Binding line of an access token: what its cnf claim binds it to (RFC 7800: jkt for DPoP, RFC 9449 6.1;
    // x5t#S256 for a client certificate, RFC 8705 3.1) and whether that is the run's proof key (`dpopThumbprint`, empty
    // without DPoP); an opaque token's `tokenType` DPoP says the provider keeps the binding.
    static QString bindingText(const QString &accessToken, const QString &tokenType, const QString &dpopThumbprint);

signals:
    void copied(const QString &what);
    void openInWorkbench(const QString &token);

private:
    void display(const FlowState &state);
    void showRun(int index);
    void showCurrent();
    void tick();
    void updateDiff(const FlowState &state);
    void updateComparison();

    const Clock *m_clock;
    QList<TokenRef> m_tokens;
    CheckList m_allChecks;
    qint64 m_exp = 0;
    bool m_hasExp = false;

    QLabel *m_note = nullptr;
    FlowState m_default;  // what setState() shows
    QString m_defaultNote; // and setNote() says about it
    FlowState m_displayed; // what the panel shows now: m_default, or a run of the history
    QList<Run> m_runs;
    int m_shownRun = -1;
    struct CompareToken
    {
        int run;
        TokenRef token;
    };
    QList<CompareToken> m_compareTokens; // "Compare with", in its order (after the "nothing" item)
    QWidget *m_historyRow = nullptr;
    QComboBox *m_runSelector = nullptr, *m_compareSelector = nullptr;
    QComboBox *m_selector;
    QLabel *m_countdown;
    QLabel *m_binding; // the access token's binding: DPoP key (RFC 9449), certificate (RFC 8705), or none
    QLabel *m_summary;
    QLabel *m_empty;
    QTextBrowser *m_raw;
    QTreeView *m_claimsView;
    QTableView *m_checksView;
    QGroupBox *m_diffBox;
    QLabel *m_diffTitle = nullptr;
    QTableView *m_diffView;
    QPushButton *m_copyToken, *m_copyClaim, *m_toWorkbench;
    ClaimsModel *m_claims;
    ChecksModel *m_checks;
    ClaimDiffModel *m_diff;
    QTimer *m_timer;
};

} // namespace tokenscope::ui
