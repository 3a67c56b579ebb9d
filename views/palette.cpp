#include "palette.h"

#include "messages.h"

#include "sim/explain.h"

#include "hw/paginggeometry.h"
#include "hw/pte.h"

#include <array>

namespace mmvis {

namespace {
// Lighter for paper, except tints that are pale already (lightening them would take
// their colour away).
QColor forPrint(const QColor& c)
{
    return c.value() > 220 ? c : c.lighter(115);
}

// Half-way to full saturation, and bright colours darkened, so that they stay apart on a
// washed-out projector; pale tints (demand zero) only a quarter stronger, so they stay
// pale; the light greys of empty cells become white.
QColor forProjector(const QColor& c)
{
    if (c.saturation() < 20 && c.value() > 200)
        return QColor(Qt::white);
    if (c.saturation() < 80 && c.value() > 200)
        return QColor::fromHsv(c.hsvHue(), c.saturation() + (255 - c.saturation()) / 4, c.value());
    const int s = c.saturation() + (255 - c.saturation()) / 2;
    const int v = c.value() > 200 ? c.value() * 85 / 100 : c.value();
    return QColor::fromHsv(c.hsvHue(), s, v);
}

QColor variantOf(const QColor& c, Palette::Variant v)
{
    switch (v) {
    case Palette::Variant::Screen:
        return c;
    case Palette::Variant::Projector:
        return forProjector(c);
    case Palette::Variant::Print:
        return forPrint(c);
    }
    return c;
}

Palette::Variant g_screenVariant = Palette::Variant::Screen;
} // namespace

Palette::Variant Palette::screenVariant()
{
    return g_screenVariant;
}

void Palette::setScreenVariant(Variant v)
{
    g_screenVariant = v == Variant::Print ? Variant::Screen : v;
}

QColor Palette::list(mm::PageLocation location, Variant v)
{
    static const std::array<QColor, mm::kPageLocationCount> colours = {
        QColor(0x8F, 0xD3, 0xF4), // Zeroed: pale sky
        QColor(0x6A, 0xBE, 0x5A), // Free: green
        QColor(0xF2, 0xCC, 0x3D), // Standby: yellow
        QColor(0xF0, 0x8A, 0x24), // Modified: orange
        QColor(0xB8, 0x4A, 0x35), // ModifiedNoWrite: brick
        QColor(0x4A, 0x4A, 0x4A), // Bad: dark grey
        QColor(0x2F, 0x6F, 0xC0), // Active: blue
        QColor(0x9C, 0x6A, 0xC0), // Transition: purple
    };
    const QColor c = colours[static_cast<size_t>(location)];
    return variantOf(c, v);
}

QColor Palette::pde(PdeKind kind, Variant v)
{
    static const std::array<QColor, static_cast<size_t>(PdeKind::Count)> colours = {
        QColor(0xE6, 0xE6, 0xE6), // not present
        QColor(0x2F, 0x6F, 0xC0), // user page table: the Active blue (a page table in the working set)
        QColor(0x1B, 0x2F, 0x5E), // kernel page table: navy
        QColor(0xD9, 0xB8, 0x7A), // large page (KSEG0): sand, apart from the page tables' blues
        QColor(0xE4, 0x57, 0x2E), // self-map: red
        QColor(0x12, 0xA8, 0x9D), // hyperspace: teal
    };
    const QColor c = colours[static_cast<size_t>(kind)];
    return variantOf(c, v);
}

QColor Palette::pte(PteKind kind, Variant v)
{
    static const std::array<QColor, static_cast<size_t>(PteKind::Count)> colours = {
        QColor(0xE6, 0xE6, 0xE6), // zero: nothing known, the VAD decides
        QColor(0xBC, 0xD9, 0xF5), // demand zero: committed, no page yet (pale blue)
        QColor(0x2F, 0x6F, 0xC0), // valid: the Active blue
        QColor(0x16, 0x9E, 0xC4), // valid, shared: a lighter, greener blue
        QColor(0xF2, 0xCC, 0x3D), // transition: the Standby yellow (still in memory, on a list)
        QColor(0x8C, 0x8C, 0x8C), // page file: grey (on disk)
        QColor(0x9C, 0x6A, 0xC0), // prototype: purple
    };
    const QColor c = colours[static_cast<size_t>(kind)];
    return variantOf(c, v);
}

QString Palette::name(mm::PageLocation location)
{
    // NT's list names, in the interface's language.
    return translated(mm::sim::pageListName(static_cast<uint8_t>(location)));
}

QString Palette::name(PdeKind kind)
{
    switch (kind) {
    case PdeKind::NotPresent:
        return tr("Not present");
    case PdeKind::UserPageTable:
        return tr("User page table");
    case PdeKind::KernelPageTable:
        return tr("System page table");
    case PdeKind::LargePage:
        return tr("4 MB page (KSEG0)");
    case PdeKind::SelfMap:
        return tr("Self-map (PDE 300)");
    case PdeKind::Hyperspace:
        return tr("Hyperspace (PDE 301)");
    case PdeKind::Count:
        break;
    }
    return {};
}

QString Palette::name(PteKind kind)
{
    switch (kind) {
    case PteKind::Zero:
        return tr("Zero (ask the VAD)");
    case PteKind::DemandZero:
        return tr("Demand zero");
    case PteKind::Valid:
        return tr("Valid");
    case PteKind::ValidShared:
        return tr("Valid, shared (section)");
    case PteKind::Transition:
        return tr("Transition");
    case PteKind::PageFile:
        return tr("Paging file");
    case PteKind::Prototype:
        return tr("Prototype");
    case PteKind::Count:
        break;
    }
    return {};
}

PdeKind Palette::classifyPde(uint32_t index, uint32_t pde)
{
    const auto& geo = mm::hw::kX86Geometry;
    if (!(pde & mm::hw::pte::Valid))
        return PdeKind::NotPresent;
    if (index == geo.selfMapIndex)
        return PdeKind::SelfMap;
    if (index == geo.pdeIndex(geo.hyperspaceStart))
        return PdeKind::Hyperspace;
    if (pde & mm::hw::pte::LargePage)
        return PdeKind::LargePage;
    return index < geo.pdeIndex(mm::hw::kSystemRangeStart) ? PdeKind::UserPageTable : PdeKind::KernelPageTable;
}

PteKind Palette::classifyPte(uint32_t pte, bool sharedFrame)
{
    using mm::hw::pte::Kind;
    switch (mm::hw::pte::classify(pte)) {
    case Kind::Zero:
        return PteKind::Zero;
    case Kind::Hardware:
        return sharedFrame ? PteKind::ValidShared : PteKind::Valid;
    case Kind::DemandZero:
        return PteKind::DemandZero;
    case Kind::TransitionPage:
        return PteKind::Transition;
    case Kind::PageFile:
        return PteKind::PageFile;
    case Kind::PrototypePointer:
    case Kind::Subsection:
        return PteKind::Prototype;
    }
    return PteKind::Zero;
}

QColor Palette::textOn(const QColor& background)
{
    // Relative luminance (sRGB weights), threshold chosen for legibility.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace mmvis
