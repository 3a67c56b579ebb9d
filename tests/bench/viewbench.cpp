// mmvis-viewbench: how long the views take to catch up after one command. All views are
// shown (offscreen) as in the window; after each command every view is repainted at once.
// Prints the median and the worst time per view and in total.
// Usage: mmvis-viewbench [--quick]
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
#include <vector>

using namespace mmvis;

namespace {

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
    const QSize sizes[] = {{760, 620}, {430, 330}, {430, 300}, {430, 300}, {430, 300}, {1400, 250}, {330, 560}, {1400, 250}};
    for (size_t i = 0; i < views.size(); ++i) {
        views[i].widget->resize(sizes[i]);
        views[i].widget->show();
    }
    QApplication::processEvents();

    std::vector<double> signal;
    std::vector<double> total;
    QElapsedTimer clock;
    for (int i = 0; i < commands; ++i) {
        const QString line = QStringLiteral("read %1").arg(0x10000 + i * 0x1000, 0, 16);
        // The command itself is not part of the refresh; stepped is emitted at its end, so
        // time the whole execute and subtract the core's own time measured without views.
        clock.start();
        controller.execute(line); // includes the models' and views' reactions to stepped
        const double reacted = clock.nsecsElapsed() / 1e6;
        double painted = 0;
        for (View& v : views) {
            clock.start();
            v.widget->repaint();
            const double ms = clock.nsecsElapsed() / 1e6;
            v.ms.push_back(ms);
            painted += ms;
        }
        signal.push_back(reacted);
        total.push_back(reacted + painted);
    }
    std::printf("--ram %llu MB, %d processes, %zu frames, %d commands (read of a fresh page each)\n",
        static_cast<unsigned long long>(ramBytes >> 20), processes + 1,
        size_t(controller.simulator().pfnDatabase().size()), commands);
    std::printf("  %-38s median %7.2f ms   worst %7.2f ms\n", "command + models and views notified", median(signal),
        *std::max_element(signal.begin(), signal.end()));
    for (const View& v : views)
        std::printf("  %-38s median %7.2f ms   worst %7.2f ms\n", (std::string("repaint ") + v.name).c_str(), median(v.ms),
            *std::max_element(v.ms.begin(), v.ms.end()));
    std::printf("  %-38s median %7.2f ms   worst %7.2f ms   (target: under 16 ms)\n", "total refresh after one command",
        median(total), *std::max_element(total.begin(), total.end()));
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int commands = quick ? 10 : 60;
    std::printf("mmvis-viewbench%s\n", quick ? " (quick)" : "");
    measure(128ull << 20, 100, commands);
    measure(4ull << 30, 100, commands);
    return 0;
}
