#pragma once

#include "hw/paginggeometry.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mm {

// One PE section of an image file: where it lies in the file (and in the image, which
// this simulation lays out the same way) and the protection it is mapped with.
struct ImageSection {
    std::string name; // ".text", ".rdata", ".data"
    uint32_t firstPage = 0; // page offset in the file and in the image
    uint32_t pages = 0;
    uint8_t protection = 0; // MM_* mask
};

// A file on the simulated disk. Its bytes are generated from its name, so every run sees
// the same contents; pages written back by the mapped page writer are kept.
struct SimFile {
    std::string name;
    uint32_t pages = 0;
    bool image = false;
    hw::VirtualAddress preferredBase = 0; // images: where the loader maps them
    std::vector<ImageSection> sections; // images only: headers, .text, .rdata, .data
    // Pages written back, each replaced whole (never changed in place), so copies of the
    // file (checkpoints) share them.
    std::map<uint32_t, std::shared_ptr<const std::array<uint8_t, hw::kPageSize>>> written;

    // Dword i of page p of a file that was never written: a hash of the name, xor the byte
    // offset, so a dump shows which file and where.
    uint32_t generatedDword(uint32_t page, uint32_t i) const;
};

// The simulated disk: the system DLLs (ntdll.dll, kernel32.dll, user32.dll), an image
// for every program name that is asked for, and data files the user creates.
class FileStore {
public:
    FileStore();

    SimFile* find(const std::string& name);
    const SimFile* find(const std::string& name) const;
    // A data file of the given size (rounded up to whole pages); nullptr if the name is taken.
    SimFile* createDataFile(const std::string& name, uint32_t bytes);
    // The image of an .exe (created on first use with a small PE-like layout) or a system DLL.
    SimFile* image(const std::string& name);

    void readPage(const SimFile& file, uint32_t page, uint8_t* out) const; // kPageSize bytes
    void writePage(SimFile& file, uint32_t page, const uint8_t* data);

    const std::map<std::string, SimFile>& files() const { return m_files; }

private:
    SimFile& addImage(const std::string& name, hw::VirtualAddress base, uint32_t text, uint32_t rdata, uint32_t data);

    std::map<std::string, SimFile> m_files; // by lower-case name; a copy is a checkpoint's
};

} // namespace mm
