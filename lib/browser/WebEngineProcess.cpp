#include "browser/WebEngineProcess.h"

namespace tokenscope {

void markWebEngineProcess() {}

} // namespace tokenscope

#if defined(__SANITIZE_ADDRESS__)
// Every process that may run QtWebEngine in-process gets these defaults (ASAN_OPTIONS from the environment still adds
// to and overrides them). Chromium inside libQt6WebEngineCore is not built for ASan: its sized deletes trip
// new_delete_type_mismatch, and it keeps process-lifetime allocations on purpose, which LeakSanitizer would report at
// exit. Address errors and undefined behaviour in Tokenscope's own code stay fatal.
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0:detect_leaks=0";
}
#endif
