#pragma once

// Shared by the bench programs: statistics and the one output format scripts/bench turns into the table.
//
// Every figure is printed as one line on stdout:
//   BENCH<TAB>section<TAB>label<TAB>unit<TAB>median<TAB>min<TAB>max<TAB>runs<TAB>note
// Everything else a bench program has to say goes to stderr.

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace bench {

struct Stats
{
    double median = 0, min = 0, max = 0;
    int runs = 0;
};

inline Stats stats(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.front();
    s.max = values.back();
    s.runs = int(n);
    return s;
}

inline void printRow(const std::string &section, const std::string &label, const std::string &unit, const Stats &s,
                     const std::string &note = {}, int precision = 1)
{
    std::printf("BENCH\t%s\t%s\t%s\t%.*f\t%.*f\t%.*f\t%d\t%s\n", section.c_str(), label.c_str(), unit.c_str(), precision,
                s.median, precision, s.min, precision, s.max, s.runs, note.c_str());
    std::fflush(stdout);
}

inline void printRow(const std::string &section, const std::string &label, const std::string &unit,
                     const std::vector<double> &values, const std::string &note = {}, int precision = 1)
{
    printRow(section, label, unit, stats(values), note, precision);
}

} // namespace bench
