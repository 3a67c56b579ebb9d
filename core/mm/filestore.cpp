#include "mm/filestore.h"

#include "hw/protection.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace mm {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

uint32_t fnv1a(const std::string& s)
{
    uint32_t h = 0x811C9DC5;
    for (unsigned char c : s)
        h = (h ^ c) * 0x01000193;
    return h;
}
} // namespace

uint32_t SimFile::generatedDword(uint32_t page, uint32_t i) const
{
    return (fnv1a(name) & 0xFFFF0000u) ^ (page * hw::kPageSize + i * 4) ^ 0x00010000u;
}

FileStore::FileStore()
{
    // The system DLLs at NT 4.0's preferred bases; the sizes are small, for teaching.
    addImage("ntdll.dll", 0x77F60000, 12, 4, 2);
    addImage("kernel32.dll", 0x77F00000, 10, 3, 2);
    addImage("user32.dll", 0x77E70000, 8, 3, 2);
}

SimFile& FileStore::addImage(
    const std::string& name, hw::VirtualAddress base, uint32_t text, uint32_t rdata, uint32_t data)
{
    namespace prot = hw::protection;
    SimFile& file = m_files[lower(name)];
    file.name = name;
    file.image = true;
    file.preferredBase = base;
    file.sections = {{"headers", 0, 1, prot::ReadOnly}, {".text", 1, text, prot::ExecuteRead},
        {".rdata", 1 + text, rdata, prot::ReadOnly}, {".data", 1 + text + rdata, data, prot::WriteCopy}};
    file.pages = 1 + text + rdata + data;
    return file;
}

SimFile* FileStore::find(const std::string& name)
{
    auto it = m_files.find(lower(name));
    return it == m_files.end() ? nullptr : &it->second;
}

const SimFile* FileStore::find(const std::string& name) const
{
    auto it = m_files.find(lower(name));
    return it == m_files.end() ? nullptr : &it->second;
}

SimFile* FileStore::createDataFile(const std::string& name, uint32_t bytes)
{
    if (find(name))
        return nullptr;
    SimFile& file = m_files[lower(name)];
    file.name = name;
    file.pages = (bytes + hw::kPageSize - 1) / hw::kPageSize;
    return &file;
}

SimFile* FileStore::image(const std::string& name)
{
    if (SimFile* f = find(name))
        return f->image ? f : nullptr;
    // A program's image: based at 0x00400000 like every linker's default.
    return &addImage(name, 0x00400000, 8, 2, 2);
}

void FileStore::readPage(const SimFile& file, uint32_t page, uint8_t* out) const
{
    if (auto it = file.written.find(page); it != file.written.end()) {
        std::memcpy(out, it->second->data(), hw::kPageSize);
        return;
    }
    for (uint32_t i = 0; i < hw::kPageSize / 4; ++i) {
        const uint32_t v = file.generatedDword(page, i);
        std::memcpy(out + i * 4, &v, 4);
    }
}

void FileStore::writePage(SimFile& file, uint32_t page, const uint8_t* data)
{
    auto fresh = std::make_shared<std::array<uint8_t, hw::kPageSize>>();
    std::memcpy(fresh->data(), data, hw::kPageSize);
    file.written[page] = std::move(fresh);
}

} // namespace mm
