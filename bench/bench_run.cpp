// Runs a command several times and prints BENCH rows (see BenchCommon.h) for its wall time, throughput and memory.
//
//   bench_run --section S --label L [--runs N] [--warmup N] [--stdin FILE] [--units N --unit NAME]
//             [--rss] [--tree] [--expect-exit CODE] [--marker TEXT] -- COMMAND [ARGS...]
//
//   wall time     fork to exit (or, with --marker, fork to the first stdout/stderr line containing TEXT; the process
//                 is then sent SIGTERM and reaped)
//   --units N     also N / wall time, as NAME/s (e.g. tokens/s)
//   --rss         peak resident memory of the process itself (getrusage ru_maxrss via wait4)
//   --memory-section NAME   print the memory rows under this section (default: --section)
//   --timeout SECONDS       with --marker: give up on a run (kill it, fail) after this long (default 180)
//   --tree        peak of the summed resident memory of the whole process tree (the process and every descendant,
//                 e.g. QtWebEngineProcess helpers), sampled from /proc every 50 ms and when the marker appears
//   bench_run --merge FILE   merges the rows of several single-run invocations (see merge())
// The command's stdout and stderr go to /dev/null unless --marker needs them. A run whose exit code differs from
// --expect-exit (default 0) fails the benchmark (exit 1), so a broken command never yields a figure.

#include "BenchCommon.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <poll.h>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Options
{
    std::string section, label, stdinFile, unit = "units", marker, memorySection;
    int runs = 5, warmup = 1, expectExit = 0;
    double timeoutSecs = 180; // --marker only: a run whose marker does not appear by then is killed and fails
    double units = 0;
    bool rss = false, tree = false;
    std::vector<std::string> command;
};

struct RunResult
{
    double wallMs = 0;
    double ownPeakMb = 0;
    double treePeakMb = 0;
    bool ok = false;
};

long pageSize()
{
    static const long size = sysconf(_SC_PAGESIZE);
    return size;
}

// Summed RSS (bytes) of `root` and all its descendants.
long long treeRss(pid_t root)
{
    std::map<pid_t, pid_t> parent;
    DIR *proc = opendir("/proc");
    if (!proc)
        return 0;
    while (dirent *entry = readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (!end || *end || pid <= 0)
            continue;
        std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        const size_t close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state = 0;
        long ppid = 0;
        rest >> state >> ppid;
        parent[pid_t(pid)] = pid_t(ppid);
    }
    closedir(proc);
    std::set<pid_t> members{root};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &[pid, ppid] : parent) {
            if (!members.count(pid) && members.count(ppid)) {
                members.insert(pid);
                grew = true;
            }
        }
    }
    long long total = 0;
    for (pid_t pid : members) {
        std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
        long long size = 0, resident = 0;
        if (statm >> size >> resident)
            total += resident * pageSize();
    }
    return total;
}

RunResult runOnce(const Options &o)
{
    RunResult result;
    int pipeFd[2] = {-1, -1};
    if (!o.marker.empty() && pipe(pipeFd) != 0) {
        std::perror("bench_run: pipe");
        return result;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("bench_run: fork");
        return result;
    }
    if (pid == 0) {
        setpgid(0, 0);
        const int in = o.stdinFile.empty() ? open("/dev/null", O_RDONLY) : open(o.stdinFile.c_str(), O_RDONLY);
        if (in < 0) {
            std::perror("bench_run: stdin");
            _exit(127);
        }
        dup2(in, 0);
        if (!o.marker.empty()) {
            dup2(pipeFd[1], 1);
            dup2(pipeFd[1], 2);
            close(pipeFd[0]);
            close(pipeFd[1]);
        } else {
            const int out = open("/dev/null", O_WRONLY);
            dup2(out, 1);
            dup2(out, 2);
        }
        std::vector<char *> argv;
        for (const std::string &a : o.command)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    setpgid(pid, pid);
    if (pipeFd[1] >= 0)
        close(pipeFd[1]);

    long long peakTree = 0;
    int status = 0;
    rusage usage{};
    bool markerSeen = false;
    std::string buffer;
    int tick = 0;
    for (;;) {
        if (o.tree && tick++ % 5 == 0) // every ~50 ms: scanning /proc costs CPU the measured process may want
            peakTree = std::max(peakTree, treeRss(pid));
        if (!o.marker.empty() && !markerSeen
            && std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > o.timeoutSecs) {
            std::fprintf(stderr, "bench_run: %s: no marker after %.0f s, killing the run\n", o.label.c_str(), o.timeoutSecs);
            kill(-pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        if (pipeFd[0] >= 0 && !markerSeen) {
            pollfd p{pipeFd[0], POLLIN, 0};
            if (poll(&p, 1, 10) > 0) {
                char chunk[4096];
                const ssize_t n = read(pipeFd[0], chunk, sizeof chunk);
                if (n > 0) {
                    buffer.append(chunk, size_t(n));
                    if (buffer.find(o.marker) != std::string::npos) {
                        markerSeen = true;
                        result.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                        if (o.tree)
                            peakTree = std::max(peakTree, treeRss(pid));
                        kill(-pid, SIGTERM);
                    }
                    if (buffer.size() > 65536)
                        buffer.erase(0, buffer.size() - 1024);
                } else {
                    close(pipeFd[0]);
                    pipeFd[0] = -1;
                }
            }
        } else if (!o.tree && !markerSeen) {
            // Nothing to sample: just wait.
            if (wait4(pid, &status, 0, &usage) == pid)
                break;
            continue;
        } else {
            if (markerSeen && std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count()
                    > result.wallMs + 5000)
                kill(-pid, SIGKILL);
            usleep(10000);
        }
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
    }
    if (!markerSeen)
        result.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (pipeFd[0] >= 0) {
        // Drain whatever the process still wrote, so a marker printed right before exit counts as missing, not hung.
        close(pipeFd[0]);
    }
    kill(-pid, SIGKILL); // leftover helpers of this run's process group, if any
    result.ownPeakMb = double(usage.ru_maxrss) / 1024.0;
    result.treePeakMb = double(peakTree) / (1024.0 * 1024.0);
    if (!o.marker.empty()) {
        result.ok = markerSeen;
        if (!markerSeen)
            std::fprintf(stderr, "bench_run: %s: the marker \"%s\" never appeared (exit status %d)\n", o.label.c_str(),
                         o.marker.c_str(), WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
    } else {
        result.ok = WIFEXITED(status) && WEXITSTATUS(status) == o.expectExit;
        if (!result.ok)
            std::fprintf(stderr, "bench_run: %s: exit status %d, expected %d\n", o.label.c_str(),
                         WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status), o.expectExit);
    }
    return result;
}

void usage()
{
    std::fprintf(stderr, "usage: bench_run --section S --label L [--runs N] [--warmup N] [--stdin FILE] [--units N --unit NAME] "
                         "[--rss] [--tree] [--expect-exit CODE] [--marker TEXT] -- COMMAND [ARGS...]\n");
}

} // namespace

// --merge FILE: rows of single runs (one bench_run --runs 1 per line group, e.g. interleaved with another program)
// become one row per figure, with median, min and max over the runs.
int merge(const char *path)
{
    std::ifstream in(path);
    std::vector<std::string> order;
    std::map<std::string, std::vector<double>> values;
    std::map<std::string, std::string> head;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        std::string field;
        while (std::getline(fields, field, '\t'))
            f.push_back(field);
        if (f.size() < 8 || f[0] != "BENCH")
            continue;
        const std::string key = f[1] + '\t' + f[2] + '\t' + f[3];
        if (!values.count(key))
            order.push_back(key);
        values[key].push_back(std::atof(f[4].c_str()));
        head[key] = f[1] + '\n' + f[2] + '\n' + f[3];
    }
    for (const std::string &key : order) {
        std::istringstream h(head[key]);
        std::string section, label, unit;
        std::getline(h, section);
        std::getline(h, label);
        std::getline(h, unit);
        bench::printRow(section, label, unit, values[key]);
    }
    return order.empty() ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--merge")
        return merge(argv[2]);
    Options o;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--") {
            ++i;
            break;
        }
        if (a == "--section") o.section = value();
        else if (a == "--label") o.label = value();
        else if (a == "--runs") o.runs = std::atoi(value().c_str());
        else if (a == "--warmup") o.warmup = std::atoi(value().c_str());
        else if (a == "--stdin") o.stdinFile = value();
        else if (a == "--units") o.units = std::atof(value().c_str());
        else if (a == "--unit") o.unit = value();
        else if (a == "--rss") o.rss = true;
        else if (a == "--tree") o.tree = true;
        else if (a == "--expect-exit") o.expectExit = std::atoi(value().c_str());
        else if (a == "--marker") o.marker = value();
        else if (a == "--memory-section") o.memorySection = value();
        else if (a == "--timeout") o.timeoutSecs = std::atof(value().c_str());
        else {
            usage();
            return 2;
        }
    }
    for (; i < argc; ++i)
        o.command.push_back(argv[i]);
    if (o.command.empty() || o.section.empty() || o.label.empty() || o.runs < 1) {
        usage();
        return 2;
    }

    for (int w = 0; w < o.warmup; ++w) {
        if (!runOnce(o).ok)
            return 1;
    }
    std::vector<double> wall, rate, own, tree;
    for (int r = 0; r < o.runs; ++r) {
        const RunResult result = runOnce(o);
        if (!result.ok)
            return 1;
        wall.push_back(result.wallMs);
        if (o.units > 0)
            rate.push_back(o.units / (result.wallMs / 1000.0));
        own.push_back(result.ownPeakMb);
        tree.push_back(result.treePeakMb);
    }
    bench::printRow(o.section, o.label + ": wall time", "ms", wall);
    if (o.units > 0)
        bench::printRow(o.section, o.label + ": throughput", o.unit + "/s", rate, {}, 0);
    const std::string memory = o.memorySection.empty() ? o.section : o.memorySection;
    if (o.rss)
        bench::printRow(memory, o.label + ": peak RSS, own process", "MB", own);
    if (o.tree)
        bench::printRow(memory, o.label + ": peak RSS, process tree", "MB", tree);
    return 0;
}
