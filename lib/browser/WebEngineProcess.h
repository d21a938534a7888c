#pragma once

namespace tokenscope {

// Declares that this process may run Qt WebEngine in-process, now or later (from a plugin or tokenscope-cli's web
// module). It does nothing at run time; calling it links WebEngineProcess.cpp into the executable, which matters in
// AddressSanitizer builds (scripts/sanitize) only: there it carries the sanitizer defaults such a process needs, which
// ASan reads from the executable when the process starts, before any plugin or module can be loaded.
void markWebEngineProcess();

} // namespace tokenscope
