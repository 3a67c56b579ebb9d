#pragma once

#include "diagramexporter.h"

#include "mm/mmpfn.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mmvis {

class SimulationController;
class Selection;
class PageDirectoryView;
class MemoryMapView;
class ListHistoryPlot;
class ListBarChart;
class DynamicsDiagram;
class TranslationView;
class TlbView;

// Every diagram of the machine's current state, set up the way a reader of an exported set
// wants them: the current process's page directory, its first page table, the compare view
// with the process the window would pick (comparechoice.h), physical memory, the page-list
// charts, the translation of its first mapped user page, and the TLB.
class DiagramSet {
public:
    // What a script chose with .select; unset: the defaults above.
    struct Choice {
        std::optional<quint16> cid; // the process shown (else the current one)
        std::optional<quint32> va; // the address selected and translated
        std::optional<quint32> pfn; // the frame selected
        std::optional<int> table; // the page table shown (a PDE index)
        std::optional<quint32> lists; // the page lists the charts show (bit n: PageLocation n)
    };
    // The lists a choice hides from the charts.
    static QList<mm::PageLocation> hiddenLists(quint32 shown);
    explicit DiagramSet(SimulationController& controller, const Choice& choice = {});
    ~DiagramSet();

    std::vector<Diagram*> diagrams() const;
    // A diagram by the name .export uses (page-directory, page-table, ...); null when this
    // machine has none of that kind (no page table yet, no other process to compare with).
    Diagram* diagram(const QString& name) const;

    // Writes each diagram in each format into dir; returns the files written.
    static QStringList write(const std::vector<Diagram*>& diagrams, const QString& dir,
        const QList<DiagramExporter::Format>& formats, const DiagramExporter::Options& options, QString* error);

private:
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<Selection> m_compareSelection;
    std::unique_ptr<PageDirectoryView> m_directory;
    std::unique_ptr<PageDirectoryView> m_pageTable;
    std::unique_ptr<PageDirectoryView> m_compare;
    std::unique_ptr<MemoryMapView> m_memory;
    std::unique_ptr<ListHistoryPlot> m_history;
    std::unique_ptr<ListBarChart> m_bars;
    std::unique_ptr<DynamicsDiagram> m_dynamics;
    std::unique_ptr<TranslationView> m_translation;
    std::unique_ptr<TlbView> m_tlb;
};

} // namespace mmvis
