#pragma once

// The translation context of the lint's texts (TenantLint.cpp, TenantLintRunner.cpp): lupdate and the run time both
// name it tokenscope::TenantLintText. Internal to lib/core/tenant.

#include <QCoreApplication>

namespace tokenscope {

struct TenantLintText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::TenantLintText)
};

} // namespace tokenscope
