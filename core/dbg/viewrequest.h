#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mm::dbg {

// What a script asks of the views (the window's, or those of mmvis --batch --export):
// .select chooses what the diagrams show, .export writes them. The core only parses and
// checks these; whoever draws carries them out.
struct ViewRequest {
    enum class Kind { None, SelectProcess, SelectVa, SelectPfn, SelectTable, SelectDirectory, SelectLists, Export };
    Kind kind = Kind::None;
    uint32_t value = 0; // the Cid, VA, PFN or PDE index; SelectLists: bit n set = PageLocation n shown
    std::string diagram; // Export: a diagram's name, or "all"
    std::string path; // Export: a file (its extension picks the format) or a folder; may be empty
    size_t column = 1; // where the request starts on its line, for errors about it
};

// The diagrams .export knows, by the names their files get.
inline constexpr std::string_view kDiagramNames[] = {"page-directory", "page-table", "page-directory-compare",
    "physical-memory", "page-list-history", "page-list-counts", "page-list-dynamics", "translation", "tlb"};

} // namespace mm::dbg
