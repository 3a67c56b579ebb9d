#pragma once
// For the core unit tests: a booted machine, and a command run with the invariant checker
// after it. (Qt Test only for qFatal; the fuzz and stress runs use checkedcommand.h.)
#include "dbg/console.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <string>

namespace mm::testing {

inline std::unique_ptr<sim::Simulator> boot(uint64_t megabytes, uint64_t pageFileMegabytes = 0)
{
    sim::SimulatorConfig config;
    config.ramBytes = megabytes << 20;
    config.pageFileBytes = pageFileMegabytes << 20;
    std::string error;
    auto simulator = sim::Simulator::create(config, &error);
    if (!simulator)
        qFatal("cannot boot %llu MB: %s", static_cast<unsigned long long>(megabytes), error.c_str());
    return simulator;
}

// Runs a command (which may fail) and stops the test if an invariant breaks after it.
inline dbg::CommandResult checked(dbg::Console& console, const sim::Simulator& simulator, const std::string& line)
{
    const auto result = console.execute(line);
    const auto violations = sim::checkInvariants(simulator);
    if (!violations.empty())
        qFatal("after %s: %s", line.c_str(), violations.front().c_str());
    return result;
}

} // namespace mm::testing
