#pragma once

#include "mm/mmpfn.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace mmvis {

// What a page directory entry maps, as the page-directory grid colours it.
enum class PdeKind { NotPresent, UserPageTable, KernelPageTable, LargePage, SelfMap, Hyperspace, Count };
// What a page table entry holds, as the page-table grid colours it.
enum class PteKind { Zero, DemandZero, Valid, ValidShared, Transition, PageFile, Prototype, Count };

// One palette for every view: a concept has one colour everywhere, with a legend name.
// Colours are chosen to stay apart for colour-blind viewers and on a projector; the print
// variant is lighter for paper.
class Palette {
    Q_DECLARE_TR_FUNCTIONS(mmvis::Palette)

public:
    // Screen: the usual colours; Projector: a high-contrast screen palette (stronger,
    // darker colours that survive a projector's wash-out, empty cells white); Print:
    // lighter, for paper.
    enum class Variant { Screen, Projector, Print };

    // What views draw with on screen (View > High Contrast chooses Projector).
    static Variant screenVariant();
    static void setScreenVariant(Variant v);

    static QColor list(mm::PageLocation location, Variant v);
    static QColor pde(PdeKind kind, Variant v);
    static QColor pte(PteKind kind, Variant v);
    // The same, in the screen variant.
    static QColor list(mm::PageLocation location) { return list(location, screenVariant()); }
    static QColor pde(PdeKind kind) { return pde(kind, screenVariant()); }
    static QColor pte(PteKind kind) { return pte(kind, screenVariant()); }
    static QString name(mm::PageLocation location);
    static QString name(PdeKind kind);
    static QString name(PteKind kind);

    static PdeKind classifyPde(uint32_t index, uint32_t pde); // index 0-1023
    // sharedFrame: a valid PTE whose frame is a section page (its PFN names a prototype PTE).
    static PteKind classifyPte(uint32_t pte, bool sharedFrame = false);

    static QColor highlight() { return QColor(0xE4, 0x57, 0x2E); } // selection, the two per-process PDEs
    static QColor textOn(const QColor& background); // black or white, whichever reads better
};

} // namespace mmvis
