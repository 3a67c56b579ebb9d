#pragma once

#include <string>
#include <vector>

namespace mm::sim {

class Simulator;

// Checks that the simulated memory manager's data agrees with itself: every frame on
// exactly one list or Active/Transition, list links and counts, every valid PTE's frame
// Active and pointing back at it, share counts, the per-process upper-half PDEs, CR3.
// Returns one sentence per violation (at most `limit`); empty means consistent.
std::vector<std::string> checkInvariants(const Simulator& simulator, size_t limit = 20);

} // namespace mm::sim
