// mmvis-viewbench: how long the views take to catch up after one command. All views are
// shown (offscreen) as in the window; after each command the event loop runs once, as it
// would in the window, and its time is split by view.
// Prints the median and the worst time per view and in total.
// Usage: mmvis-viewbench [--quick|--filter]   (--filter: only the event log filter on a zeroed 4 GB machine)
#include "dynamicsdiagram.h"
#include "eventlogview.h"
#include "listbarchart.h"
#include "listhistoryplot.h"
#include "memorymapview.h"
#include "pagedirectoryview.h"
#include "processmodel.h"
#include "selection.h"
#include "simulationcontroller.h"
#include "translationview.h"

#include "sim/simulator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <utility>
#include <vector>

using namespace mmvis;

namespace {

// Times every event the loop delivers and charges it to the top-level view it went to,
// so the event loop's turn after a command can be split by view.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0 || !m_recording) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        QObject* top = receiver;
        while (top->parent())
            top = top->parent();
        m_spent[top] += t.nsecsElapsed() / 1e6;
        return r;
    }
    void record(bool on) { m_recording = on; }
    double take(QObject* top) { return std::exchange(m_spent[top], 0.0); }
    double takeAll()
    {
        double sum = 0;
        for (auto& [_, ms] : m_spent)
            sum += std::exchange(ms, 0.0);
        return sum;
    }

private:
    int m_depth = 0;
    bool m_recording = false;
    std::map<QObject*, double> m_spent;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void measure(quint64 ramBytes, int processes, int commands)
{
    SimulationController controller(ramBytes, 0);
    Selection selection;
    for (int i = 0; i < processes; ++i)
        controller.execute(QStringLiteral("spawn p%1.exe").arg(i));
    controller.execute(QStringLiteral("switch p0.exe"));
    controller.execute(QStringLiteral("alloc 0 %1").arg(commands * 0x1000 + 0x10000, 0, 16));
    selection.setCid(controller.simulator().processes().current().cid);

    PageDirectoryView directory(controller, selection);
    MemoryMapView memory(controller, selection);
    ListHistoryPlot history(controller);
    ListBarChart bars(controller);
    DynamicsDiagram dynamics(controller);
    EventLogView events(controller, selection);
    ProcessModel processModel(controller);
    QTableView processTable;
    processTable.setModel(&processModel);
    TranslationView translation(controller, selection);
    struct View {
        const char* name;
        QWidget* widget;
        std::vector<double> ms;
    };
    std::vector<View> views = {{"page directory", &directory, {}}, {"physical memory", &memory, {}},
        {"lists over time", &history, {}}, {"list counts", &bars, {}}, {"dynamics", &dynamics, {}},
        {"event log", &events, {}}, {"processes", &processTable, {}}, {"translation", &translation, {}}};
    const QSize sizes[]
        = {{760, 620}, {430, 330}, {430, 300}, {430, 300}, {430, 300}, {1400, 250}, {330, 560}, {1400, 250}};
    for (size_t i = 0; i < views.size(); ++i) {
        views[i].widget->resize(sizes[i]);
        views[i].widget->show();
    }
    QApplication::processEvents();

    // What the user waits for: the command with the models' and views' direct reactions
    // to its signals, then the event loop's turn that runs queued work (the plot's replot,
    // the chart's layout) and paints every view that asked for an update. The loop's time
    // is split by the view each event went to.
    auto* app = static_cast<TimingApplication*>(QCoreApplication::instance());
    std::vector<double> command;
    std::vector<double> loop;
    std::vector<double> other;
    std::vector<double> total;
    QElapsedTimer clock;
    app->takeAll();
    for (int i = 0; i < commands; ++i) {
        const QString line = QStringLiteral("read %1").arg(0x10000 + i * 0x1000, 0, 16);
        clock.start();
        controller.execute(line);
        const double executed = clock.nsecsElapsed() / 1e6;
        clock.start();
        app->record(true);
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
        app->record(false);
        const double looped = clock.nsecsElapsed() / 1e6;
        for (View& v : views)
            v.ms.push_back(app->take(v.widget));
        other.push_back(app->takeAll());
        command.push_back(executed);
        loop.push_back(looped);
        total.push_back(executed + looped);
    }
    auto row = [](const char* name, const std::vector<double>& ms, const char* note = "") {
        std::printf("  %-44s median %7.2f ms   worst %7.2f ms%s\n", name, median(ms),
            *std::max_element(ms.begin(), ms.end()), note);
    };
    std::printf("--ram %llu MB, %d processes, %zu frames, %d commands (read of a fresh page each)\n",
        static_cast<unsigned long long>(ramBytes >> 20), processes + 1,
        size_t(controller.simulator().pfnDatabase().size()), commands);
    row("command, models and views notified", command);
    row("event loop: queued work and paints", loop);
    for (const View& v : views)
        row((std::string("  ") + v.name).c_str(), v.ms);
    row("  other (timers, queued calls)", other);
    row("total refresh after one command", total, "   (target: under 16 ms)");
}

// The event log after `zero` on a 4 GB machine (millions of events): the time from typing
// into the filter box until the table shows the matching events, and back to all.
void measureFilter()
{
    SimulationController controller(4ull << 30, 0);
    Selection selection;
    EventLogView events(controller, selection);
    events.resize(1400, 250);
    events.show();
    QElapsedTimer clock;
    clock.start();
    controller.execute(QStringLiteral("zero"));
    QApplication::processEvents();
    const double zeroed = clock.nsecsElapsed() / 1e6;
    const size_t count = controller.simulator().events().size();
    std::printf("event log filter, --ram 4096 MB after zero: %zu events (zero and its rows: %.0f ms)\n", count, zeroed);
    auto apply = [&](const QString& text) {
        clock.start();
        events.setFilterText(text);
        QApplication::processEvents();
        return clock.nsecsElapsed() / 1e6;
    };
    for (const QString& text :
        {QStringLiteral("MmZeroPageThread"), QStringLiteral("ffff"), QStringLiteral("Free -> Zeroed"), QString()}) {
        const double ms = apply(text);
        std::printf("  filter '%s': %d rows shown in %.0f ms\n", qPrintable(text), events.shownRows(), ms);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    if (argc > 1 && std::strcmp(argv[1], "--filter") == 0) {
        measureFilter();
        return 0;
    }
    const int commands = quick ? 10 : 60;
    std::printf("mmvis-viewbench%s\n", quick ? " (quick)" : "");
    measure(128ull << 20, 100, commands);
    measure(4ull << 30, 100, commands);
    if (!quick)
        measureFilter();
    return 0;
}
