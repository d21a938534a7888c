#pragma once

// `login` and `probe` live in a module of their own (tokenscope_cli_web, lib/cli/CMakeLists.txt): they need Qt WebEngine,
// Qt Widgets and what those pull in (Qt Quick, QML, Positioning, ...), which took tokenscope-cli about 25 ms to map and
// relocate on every start, `inspect` and `discover` included (issue 17). tokenscope-cli loads the module only for them.

// The module's entry point (exported from the module, C linkage): everything tokenscope-cli did for `login` and `probe`
// from reading the profile to the exit code, including creating the (Core)Application. `arguments` start after the
// command name; argc/argv are the process's, for the application object.
extern "C" int tokenscope_cli_web_run(const char *command, int argc, char **argv);

namespace tokenscope::cli {

// Loads the module (next to the executable as installed, or from the build tree, or TOKENSCOPE_CLI_WEB_MODULE) and
// runs `command` in it; ExitUsage with a message on standard error when it cannot be loaded.
int runBrowserCommand(const char *command, int argc, char **argv);

} // namespace tokenscope::cli
