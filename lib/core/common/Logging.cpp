#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcFlow, "tokenscope.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "tokenscope.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJose, "tokenscope.jose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBrowser, "tokenscope.browser", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tokenscope.ui", QtInfoMsg)
