#pragma once

#include <QStringList>

namespace tokenscope::cli {

// Each takes the arguments after the subcommand name and returns the process exit code (CliOutput.h).
// They expect a Q(Core|Gui)Application to exist; `login` needs a QApplication prepared with prepareWebEngine(), unless
// the profile's grant needs no browser (then a QCoreApplication, and the web engine is never loaded).
int runInspect(const QStringList &arguments);
int runDiscover(const QStringList &arguments);
int runLogin(const QStringList &arguments);
int runProbe(const QStringList &arguments); // like login: needs the prepared QApplication
int runIntrospect(const QStringList &arguments); // RFC 7662; a QCoreApplication is enough

// The entry point of tokenscope-cli: picks the subcommand, creates the right application object, runs it.
int runCli(int argc, char **argv);

} // namespace tokenscope::cli
