#include "diagramset.h"

#include "comparechoice.h"
#include "dynamicsdiagram.h"
#include "listbarchart.h"
#include "listhistoryplot.h"
#include "memorymapview.h"
#include "pagedirectoryview.h"
#include "selection.h"
#include "simulationcontroller.h"
#include "tlbview.h"
#include "translationview.h"

#include "hw/pte.h"
#include "sim/simulator.h"

#include <QDir>

namespace mmvis {

DiagramSet::DiagramSet(SimulationController& controller, const Choice& choice)
    : m_selection(std::make_unique<Selection>())
    , m_compareSelection(std::make_unique<Selection>())
{
    const auto& sim = controller.simulator();
    const auto& processes = sim.processes();
    const auto* chosen = choice.cid ? processes.findByCid(*choice.cid) : nullptr;
    const auto& current = chosen ? *chosen : processes.current();
    m_selection->setCid(current.cid);
    m_selection->setVa(choice.va);
    m_selection->setPfn(choice.pfn);
    // Compare as the window does: the parent, else the process created before.
    const quint16 other = chooseCompareCid(processes, current.cid, 0);
    m_compareSelection->setCid(current.cid);
    m_compareSelection->setCompareCid(other);

    // The page table chosen, else the first user page table of the process.
    std::optional<int> firstTable = choice.table;
    for (uint32_t pdi = 0; pdi < 0x200 && !firstTable; ++pdi) {
        if (sim.memory().read32(uint64_t(current.directoryTableBase[0]) + pdi * 4) & mm::hw::pte::Valid)
            firstTable = int(pdi);
    }

    m_directory = std::make_unique<PageDirectoryView>(controller, *m_selection);
    if (firstTable) {
        m_pageTable = std::make_unique<PageDirectoryView>(controller, *m_selection);
        m_pageTable->showPageTable(*firstTable);
    }
    if (other) {
        m_compare = std::make_unique<PageDirectoryView>(controller, *m_compareSelection);
        m_compare->setCompare(true);
    }
    m_memory = std::make_unique<MemoryMapView>(controller, *m_selection);
    m_history = std::make_unique<ListHistoryPlot>(controller);
    m_bars = std::make_unique<ListBarChart>(controller);
    if (choice.lists) {
        m_history->setHiddenLists(hiddenLists(*choice.lists));
        m_bars->setHiddenLists(hiddenLists(*choice.lists));
    }
    m_dynamics = std::make_unique<DynamicsDiagram>(controller);
    m_tlb = std::make_unique<TlbView>(controller);
    m_translation = std::make_unique<TranslationView>(controller, *m_selection);
    m_translation->translate(choice.va.value_or(Translation::firstValidUserPage(sim, current).value_or(0xC0300000)));
    m_translation->toEnd();
    for (QWidget* w : std::initializer_list<QWidget*> {m_directory.get(), m_memory.get(), m_history.get(), m_bars.get(),
             m_dynamics.get(), m_translation.get(), m_tlb.get()})
        w->resize(1200, 800);
}

DiagramSet::~DiagramSet() = default;

std::vector<Diagram*> DiagramSet::diagrams() const
{
    std::vector<Diagram*> all {m_directory.get()};
    if (m_pageTable)
        all.push_back(m_pageTable.get());
    if (m_compare)
        all.push_back(m_compare.get());
    for (Diagram* d : std::initializer_list<Diagram*> {
             m_memory.get(), m_history.get(), m_bars.get(), m_dynamics.get(), m_translation->canvas(), m_tlb.get()})
        all.push_back(d);
    return all;
}

QList<mm::PageLocation> DiagramSet::hiddenLists(quint32 shown)
{
    QList<mm::PageLocation> hidden;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        if (!(shown & (1u << l)))
            hidden << static_cast<mm::PageLocation>(l);
    }
    return hidden;
}

Diagram* DiagramSet::diagram(const QString& name) const
{
    if (name == QLatin1String("page-table"))
        return m_pageTable.get();
    if (name == QLatin1String("page-directory-compare"))
        return m_compare.get();
    for (Diagram* d : diagrams()) {
        if (d->diagramName() == name)
            return d;
    }
    return nullptr;
}

QStringList DiagramSet::write(const std::vector<Diagram*>& diagrams, const QString& dir,
    const QList<DiagramExporter::Format>& formats, const DiagramExporter::Options& options, QString* error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the directory").arg(dir);
        return written;
    }
    for (Diagram* d : diagrams) {
        for (auto format : formats) {
            const QString path
                = QDir(dir).filePath(d->diagramName() + QLatin1Char('.') + DiagramExporter::extension(format));
            if (!DiagramExporter::write(*d, path, format, options, error))
                return written;
            written << path;
        }
    }
    return written;
}

} // namespace mmvis
