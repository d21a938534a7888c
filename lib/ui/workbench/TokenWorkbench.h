#pragma once

#include "core/jose/JwsSigner.h"
#include "core/jose/Jwt.h"
#include "core/oidc/TokenInspection.h"
#include "core/profile/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace tokenscope {
class Clock;
class HttpClient;
class OidcFlow;
class VerificationKeyLoader;
}

namespace tokenscope::ui {

class ChecksModel;
class ClaimDiffModel;
class ClaimsModel;

// The token workbench (issue 15): any token pasted, dropped or opened is decoded at once (coloured raw form, header
// and claims with their explanations, times, expiry countdown, what kind of token it is; a JWE's header and the key
// that would decrypt it; an opaque token offers introspection). "Verify" runs the checks of `tokenscope-cli inspect`
// (core/oidc/TokenInspection) against keys from the token's issuer, the selected profile, a JWKS URL or file, a JWK or
// PEM, or an HS secret. Every token inspected is kept in this session's history (memory only), and any two can be
// compared claim by claim.
class TokenWorkbench : public QWidget
{
    Q_OBJECT
public:
    struct Context
    {
        HttpClient *http = nullptr;           // required
        const Clock *clock = nullptr;         // required
        std::function<Profile()> profile;     // the selected profile (client secret filled in); no issuer: none
    };
    enum class KeySource { Issuer, Profile, JwksUrl, JwksFile, Key, Secret };
    struct HistoryEntry
    {
        QByteArray token;
        QString label; // "14:05:12 · ID token · alice"
        QDateTime at;
    };

    explicit TokenWorkbench(const Context &context, QWidget *parent = nullptr);
    ~TokenWorkbench() override;

    // Decodes this text (whitespace and a "Bearer " prefix tolerated) and adds it to the history.
    void inspect(const QString &text);
    // Reads a token from a file (the first 1 MiB); false with a message in the summary when it cannot be read.
    bool openFile(const QString &path);
    QByteArray token() const { return m_token; }
    TokenForm form() const { return m_form; }
    JwtPurpose purpose() const { return m_purpose; }
    QString summary() const;
    QString rawHtml() const;

    // The verification's inputs (as the Verify page's fields) and the verification itself: verified() when done.
    void setKeySource(KeySource source, const QString &value = {});
    void setExpectations(const QString &audience, const QString &nonce, const QString &accessToken = {}, const QString &code = {});
    void verify();
    bool isVerifying() const;
    QString verifyStatus() const;
    // RFC 7662 with the selected profile's client (opaque tokens; offered when the provider names an endpoint).
    bool canIntrospect() const;
    void introspect();

    // Create (issue 15): a token from an editable header and claims, signed with a key generated for this session, a
    // PEM private key file or an HS secret, or unsigned (alg none); for test cases and client assertions.
    enum class SignWith { GeneratedKey, Secret, PemFile, Unsigned };
    void setCreateInput(const QJsonObject &header, const QJsonObject &claims, SignWith with, const QString &value = {});
    void useShownTokenAsTemplate();
    QByteArray createToken(); // empty with createStatus() saying why
    QString createStatus() const;
    QByteArray createdToken() const { return m_created; }
    QJsonObject generatedKeyJwk(const QString &alg) const; // the public key of the key generated for alg ({} if none)
    QString curlCommand() const; // the created token sent to the profile's apiUrl; empty without one

    QList<HistoryEntry> history() const { return m_history; }
    // Shows the history entry `index` (0 = oldest) again; compareWith() diffs it (before) against the token shown (after).
    bool showHistoryEntry(int index);
    bool compareWith(int index);

    ClaimsModel *claimsModel() const { return m_claims; }
    ChecksModel *checksModel() const { return m_checks; }
    ClaimDiffModel *diffModel() const { return m_diff; }

signals:
    void verified(bool ok);
    void introspected(bool ok);
    void introspectionOffered(bool offered); // the selected profile's provider has (or has not) an introspection endpoint

private:
    void decode(const QByteArray &token, bool addToHistory);
    void tick();
    void updateSummary();
    void finishVerification(const JwkSet *jwks, const QString &keysFrom);
    void lookForIntrospection();
    void updateHistoryList();
    void updateCompareChoices();
    void chooseKeyFile();
    void updateKeyField();
    void buildCreatePage();

    Context m_ctx;
    QByteArray m_token;
    TokenForm m_form = TokenForm::Empty;
    JwtPurpose m_purpose = JwtPurpose::Unknown;
    ParsedJwt m_jwt;
    JweHeader m_jwe;
    QString m_verifyStatus;
    QString m_introspectionIssuer; // whose endpoint canIntrospect() found
    bool m_introspectable = false;
    QList<HistoryEntry> m_history;
    QByteArray m_created;
    QString m_createdJwk; // the public JWK of the key that signed it, when it was generated here
    QHash<QString, SigningKey> m_generatedKeys; // per alg, for this session only

    VerificationKeyLoader *m_loader;
    VerificationKeyLoader *m_introspectionLookup;
    OidcFlow *m_flow = nullptr; // introspection only, built on first need
    QTimer *m_timer;

    QPlainTextEdit *m_input;
    QLabel *m_summary, *m_countdown;
    QPushButton *m_introspectButton;
    QTabWidget *m_pages;
    QTextBrowser *m_raw;
    QTreeView *m_claimsView;
    QComboBox *m_keySource;
    QLineEdit *m_keyValue;
    QPushButton *m_keyBrowse;
    QLineEdit *m_audience, *m_nonce, *m_accessToken, *m_code;
    QPushButton *m_verifyButton;
    QLabel *m_verifyResult;
    QTableView *m_checksView;
    QListWidget *m_historyList;
    QComboBox *m_compareWith;
    QPlainTextEdit *m_createHeader = nullptr, *m_createClaims = nullptr;
    QComboBox *m_signWith = nullptr;
    QLineEdit *m_signValue = nullptr;
    QLineEdit *m_createdView = nullptr;
    QLabel *m_createStatus = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QTableView *m_diffView;
    ClaimsModel *m_claims;
    ChecksModel *m_checks;
    ClaimDiffModel *m_diff;
};

} // namespace tokenscope::ui
