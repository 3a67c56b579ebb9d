#pragma once

#include "diagram.h"

#include <QWidget>

#include <vector>

namespace mm::hw {
class Tlb;
}

namespace mmvis {

class SimulationController;

// The CPU's TLB: a cell per slot (64 for 4 KB pages, direct-mapped by page number, and 8
// for 4 MB pages), coloured empty, per-process or global, and the valid entries listed
// (page, frame, flags); the entry of the last access is outlined, hits and misses counted.
// A context switch (a CR3 load) visibly empties every slot but the global ones.
class TlbView : public QWidget, public Diagram {
    Q_OBJECT
public:
    // One valid entry, as listed.
    struct Row {
        bool large = false; // a 4 MB entry
        int slot = 0; // in its array
        uint32_t page = 0; // the virtual address it translates (the page's first byte)
        uint32_t frame = 0; // for a 4 MB entry, the first frame
        bool global = false;
        bool writable = false;
        bool user = false;
        bool dirty = false;
    };
    static std::vector<Row> rows(const mm::hw::Tlb& tlb); // 4 KB entries first, by slot

    explicit TlbView(SimulationController& controller, QWidget* parent = nullptr);

    QString diagramName() const override { return QStringLiteral("tlb"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 640}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void drawSlots(QPainter& p, const QRectF& area, Palette::Variant variant) const;
    void drawRows(QPainter& p, const QRectF& area) const;
    bool isLastUsed(const Row& row) const;

    SimulationController& m_controller;
};

} // namespace mmvis
