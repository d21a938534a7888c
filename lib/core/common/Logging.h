#pragma once

#include <QLoggingCategory>

// Named logging categories. Never log token values, secrets or full callback URLs in any of them:
// pass data through Redaction first. Enable with QT_LOGGING_RULES="tokenscope.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcJose)
Q_DECLARE_LOGGING_CATEGORY(lcBrowser)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
