#pragma once

#include "diagramexporter.h"

#include <QStringList>

#include <memory>
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
// with the process created before it, physical memory, the page-list charts, the
// translation of its first mapped user page, and the TLB.
class DiagramSet {
public:
    explicit DiagramSet(SimulationController& controller);
    ~DiagramSet();

    std::vector<Diagram*> diagrams() const;

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
