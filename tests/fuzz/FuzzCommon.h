#pragma once

// Shared by the libFuzzer targets. Each target defines LLVMFuzzerTestOneInput; the same sources also build, without
// clang, as "replay" programs (FuzzReplayMain.cpp) that run the committed seed corpus in every normal test run.
#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace tokenscope::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of the code under test does not hold: crash loudly so libFuzzer keeps the input.
[[noreturn]] inline void invariantBroken()
{
    std::abort();
}

} // namespace tokenscope::fuzz
