// The views, offscreen: every model passes QAbstractItemModelTester; the grid opens page
// tables and selects frames; selecting a frame selects the PTE that maps it; the compare
// view marks exactly the two per-process upper-half PDEs; exports are real files.
#include "comparechoice.h"
#include "diagramexporter.h"
#include "dynamicsdiagram.h"
#include "eventlogview.h"
#include "eventmodel.h"
#include "frameinfo.h"
#include "gridgeometry.h"
#include "listbarchart.h"
#include "listhistoryplot.h"
#include "memorymapgeometry.h"
#include "memorymapview.h"
#include "pagedirectoryview.h"
#include "positionsdiagram.h"
#include "processmodel.h"
#include "scriptrunner.h"
#include "selection.h"
#include "simulationcontroller.h"
#include "tlbview.h"
#include "translationview.h"

#include "dbg/batchrunner.h"
#include "hw/pte.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <qcustomplot.h>

#include <cmath>
#include <sstream>

using namespace mmvis;

namespace {
const mm::ps::Process& processNamed(const SimulationController& c, const char* name)
{
    return *c.simulator().processes().findByImage(name).front();
}

void run(SimulationController& c, const QString& line)
{
    if (!c.execute(line))
        qFatal("command failed: %s", qPrintable(line));
}

// A paint device that keeps where each piece of text went (its ascent-to-descent box,
// through the painter's transform) and draws nothing else.
class TextRecorder : public QPaintDevice {
public:
    struct Text {
        QString text;
        QRectF rect;
    };
    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(this)
    {
    }
    const QList<Text>& texts() const { return m_texts; }
    QPaintEngine* paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        explicit Engine(TextRecorder* device)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_device(device)
        {
        }
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override { }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF& at, const QTextItem& item) override
        {
            if (item.text().trimmed().isEmpty())
                return;
            const QRectF box(at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            m_device->m_texts.append({item.text(), painter()->combinedTransform().mapRect(box)});
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder* m_device;
    };

    QSize m_size;
    mutable Engine m_engine;
    QList<Text> m_texts;
};
} // namespace

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void gridGeometry_data()
    {
        QTest::addColumn<QRectF>("bounds");
        QTest::addColumn<int>("index");
        QTest::newRow("square, first") << QRectF(0, 0, 320, 320) << 0;
        QTest::newRow("square, last") << QRectF(0, 0, 320, 320) << 1023;
        QTest::newRow("wide, self-map") << QRectF(10, 20, 900, 400) << 0x300;
        QTest::newRow("tall, hyperspace") << QRectF(0, 0, 300, 900) << 0x301;
    }
    void gridGeometry()
    {
        QFETCH(QRectF, bounds);
        QFETCH(int, index);
        GridGeometry g;
        g.bounds = bounds;
        g.labelWidth = 60;
        g.labelHeight = 16;
        const QRectF cell = g.cellRect(index);
        QVERIFY(bounds.contains(cell));
        QCOMPARE(g.indexAt(cell.center()), std::optional<int>(index));
        QCOMPARE(g.indexAt(QPointF(bounds.left() + 1, bounds.top() + 1)), std::optional<int>()); // the label area
        QCOMPARE(cell.width(), cell.height());
    }

    void memoryMapGeometry_data()
    {
        QTest::addColumn<quint32>("frames");
        QTest::addColumn<quint32>("columns");
        QTest::newRow("4 MB") << 1024u << 32u;
        QTest::newRow("128 MB") << 32768u << 256u;
        QTest::newRow("4 GB") << 1048576u << 1024u;
        QTest::newRow("12 MB") << 3072u << 64u;
    }
    void memoryMapGeometry()
    {
        QFETCH(quint32, frames);
        QFETCH(quint32, columns);
        const auto g = MemoryMapGeometry::forFrames(frames);
        QCOMPARE(g.columns, columns);
        QVERIFY(quint64(g.rows) * g.columns >= frames);
        const QRectF area(0, 0, 800, 600);
        for (quint32 pfn : {0u, frames / 3, frames - 1})
            QCOMPARE(g.frameAt(area, g.frameRect(area, pfn).center()), std::optional<quint32>(pfn));
    }

    // Zooming the memory map keeps the frame under the mouse where it is, goes no closer
    // than 8 cells across, and maps points and frames both ways; panning stops at the edges;
    // the selected frame is brought into view.
    void memoryMapZoomAndPan()
    {
        auto g = MemoryMapGeometry::forFrames(32768); // 256 x 128
        const QRectF area(0, 0, 800, 400);
        const QPointF mouse(600, 100);
        const auto under = g.frameAt(area, mouse);
        QVERIFY(under);
        g.zoomAt(area, mouse, 4);
        QVERIFY(g.zoomed());
        QCOMPARE(g.frameAt(area, mouse), under);
        QCOMPARE(g.shown().width(), 64.0);
        for (quint32 pfn : {*under, *under + 1, *under + 256})
            QCOMPARE(g.frameAt(area, g.frameRect(area, pfn).center()), std::optional<quint32>(pfn));
        for (int i = 0; i < 10; ++i)
            g.zoomAt(area, mouse, 4);
        QCOMPARE(std::min(g.shown().width(), g.shown().height()), 8.0); // a labelled cell, no closer
        QCOMPARE(g.cellSize(area), 50.0);
        g.pan(-1000, -1000);
        QCOMPARE(g.shown().topLeft(), QPointF(0, 0));
        g.pan(1000, 1000);
        QCOMPARE(g.shown().bottomRight(), QPointF(256, 128));
        g.ensureVisible(0);
        QVERIFY(g.shown().contains(QPointF(0.5, 0.5)));
        QCOMPARE(g.frameAt(area, g.frameRect(area, 0).center()), std::optional<quint32>(0));
        g.zoomAt(area, mouse, 1e-6);
        QVERIFY(!g.zoomed());
        QCOMPARE(g.shown(), QRectF(0, 0, 256, 128));
    }

    // In SVG (and PDF) the memory map is vector rectangles, one per run of frames in one
    // state, not an embedded picture.
    void memoryMapExportsVectors()
    {
        SimulationController controller(16ull << 20, 0);
        run(controller, QStringLiteral("spawn a.exe"));
        Selection selection;
        MemoryMapView map(controller, selection);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("memory.svg"));
        QString error;
        QVERIFY2(DiagramExporter::write(map, path, DiagramExporter::Format::Svg, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.count("<path") + svg.count("<rect") >= 3); // Active, Free and Zeroed runs at least
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
    }

    // Exports an author can print: no SVG scales its drawing (text may be rotated, not
    // stretched), and every diagram set to 120 mm on paper is that wide with no text
    // under 7 pt.
    void exportsPrintAtTheirSize()
    {
        SimulationController controller(128ull << 20, 0);
        for (const char* line :
            {"spawn a.exe", "switch a.exe", "alloc 0 20000", "touch 10000 20000 write", "trim a.exe"})
            run(controller, QString::fromLatin1(line));
        Selection selection;
        selection.setCid(processNamed(controller, "a.exe").cid);
        PageDirectoryView directory(controller, selection);
        MemoryMapView memory(controller, selection);
        ListHistoryPlot history(controller);
        ListBarChart bars(controller);
        TlbView tlb(controller);
        DynamicsDiagram dynamics(controller);
        TranslationView translation(controller, selection);
        translation.translate(0x10000);
        translation.toEnd();
        QTemporaryDir dir;
        const QRegularExpression matrix(QStringLiteral("matrix\\(([-\\d.e]+),([-\\d.e]+),([-\\d.e]+),([-\\d.e]+),"));
        const QRegularExpression fontSize(QStringLiteral("font-size=\"([\\d.]+)\""));
        const QRegularExpression header(QStringLiteral("width=\"([\\d.]+)mm\"[^>]*viewBox=\"0 0 ([\\d.]+) "));
        for (Diagram* d : std::initializer_list<Diagram*> {
                 &directory, &memory, &history, &bars, &tlb, &dynamics, translation.canvas()}) {
            for (const qreal widthMm : {0.0, 120.0}) {
                DiagramExporter::Options options;
                options.widthMm = widthMm;
                const QString path = dir.filePath(QStringLiteral("%1-%2.svg").arg(d->diagramName()).arg(widthMm));
                QVERIFY(DiagramExporter::write(*d, path, DiagramExporter::Format::Svg, options));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString svg = QString::fromUtf8(file.readAll());
                for (auto m = matrix.globalMatch(svg); m.hasNext();) {
                    const auto match = m.next();
                    const double a = match.captured(1).toDouble(), b = match.captured(2).toDouble();
                    const double c = match.captured(3).toDouble(), e = match.captured(4).toDouble();
                    QVERIFY2(qAbs(std::hypot(a, b) - 1) < 1e-3 && qAbs(std::hypot(c, e) - 1) < 1e-3,
                        qPrintable(d->diagramName() + QLatin1String(": ") + match.captured(0)));
                }
                const auto h = header.match(svg);
                QVERIFY2(h.hasMatch(), qPrintable(d->diagramName()));
                const double paperMm = h.captured(1).toDouble();
                const double units = h.captured(2).toDouble();
                if (widthMm == 0) {
                    QCOMPARE(units, d->naturalSize().width()); // natural size at 96 dpi
                    QVERIFY(qAbs(paperMm - units * 25.4 / 96) < 1);
                    continue;
                }
                QVERIFY2(qAbs(paperMm - widthMm) < 1, qPrintable(QStringLiteral("%1 mm").arg(paperMm)));
                double smallest = 1e9;
                for (auto m = fontSize.globalMatch(svg); m.hasNext();)
                    smallest = std::min(smallest, m.next().captured(1).toDouble());
                const double points = smallest * paperMm / units * 72 / 25.4;
                QVERIFY2(points >= 7 - 1e-6, qPrintable(QStringLiteral("%1: %2 pt").arg(d->diagramName()).arg(points)));
            }
        }
    }

    // Labels never overlap: each diagram drawn by QPainter, at its natural size, at a book
    // column's print size and in small docks, puts no text on other text.
    void diagramLabelsDoNotOverlap()
    {
        SimulationController controller(128ull << 20, 0);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 20000", "touch 10000 20000 write",
                 "trim a.exe", "read 10000", "modwrite", "spawn b.exe", "switch b.exe", "read 80001234"})
            run(controller, QString::fromLatin1(line));
        Selection selection;
        selection.setCid(processNamed(controller, "a.exe").cid);
        PageDirectoryView directory(controller, selection);
        TlbView tlb(controller);
        DynamicsDiagram dynamics(controller);
        TranslationView translation(controller, selection);
        struct Case {
            const char* what;
            Diagram* diagram;
        };
        PositionsDiagram positions;
        positions.setComparison(controller.compare(2, controller.end()), QStringLiteral("128 MB RAM"));
        const QList<Case> cases {{"page directory", &directory}, {"tlb", &tlb}, {"dynamics", &dynamics},
            {"translation", translation.canvas()}, {"compare positions", &positions}};
        auto check = [](Diagram& d, const QString& what) {
            const qreal width120 = DiagramExporter::layoutSize(d,
                [] {
                    DiagramExporter::Options o;
                    o.widthMm = 120;
                    return o;
                }())
                                       .width();
            const QList<QSizeF> sizes {d.naturalSize(), QSizeF(width120, d.layoutHeight(width120)), QSizeF(480, 420),
                QSizeF(700, 520), QSizeF(1200, 380)};
            for (const QSizeF& size : sizes) {
                TextRecorder recorder(size.toSize());
                QPainter painter(&recorder);
                d.render(painter, QRectF(QPointF(0, 0), size), Palette::Variant::Print);
                painter.end();
                const auto& texts = recorder.texts();
                QVERIFY2(!texts.isEmpty(), qPrintable(what));
                for (int i = 0; i < texts.size(); ++i) {
                    for (int j = i + 1; j < texts.size(); ++j) {
                        const QRectF both = texts[i].rect.intersected(texts[j].rect);
                        QVERIFY2(both.width() < 1.5 || both.height() < 2,
                            qPrintable(QStringLiteral("%1 at %2x%3: '%4' overlaps '%5'")
                                           .arg(what)
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(texts[i].text, texts[j].text)));
                    }
                }
            }
        };
        for (const Case& c : cases)
            check(*c.diagram, QString::fromLatin1(c.what));
        // The translation in each of its shapes: a walk, a TLB hit on a large page, a fault.
        for (const auto& [va, access] :
            {std::pair {0x10000u, false}, std::pair {0x80001234u, false}, std::pair {0x30000u, true}}) {
            if (access) {
                run(controller, QStringLiteral("switch a.exe"));
                run(controller, QStringLiteral("alloc 30000 1000"));
                translation.access(va);
            } else {
                translation.translate(va);
            }
            for (int step = 0; step < int(translation.canvas()->translation().steps.size()); ++step) {
                translation.canvas()->setStep(step);
                check(*translation.canvas(), QStringLiteral("translation of %1, step %2").arg(va, 0, 16).arg(step + 1));
            }
        }
    }

    // In a dark palette the charts are dark too: background, axes and labels follow it.
    void chartsFollowADarkPalette()
    {
        SimulationController controller(16ull << 20, 0);
        ListHistoryPlot history(controller);
        ListBarChart bars(controller);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        history.setPalette(dark);
        bars.setPalette(dark);
        QCOMPARE(history.plot()->xAxis->tickLabelColor(), QColor(0xEE, 0xEE, 0xEE));
        QCOMPARE(history.plot()->yAxis->labelColor(), QColor(0xEE, 0xEE, 0xEE));
        QCOMPARE(history.plot()->legend->textColor(), QColor(0xEE, 0xEE, 0xEE));
        const QImage picture = history.plot()->toPixmap(400, 300).toImage();
        QCOMPARE(picture.pixelColor(2, 2), QColor(0x18, 0x18, 0x18)); // not white
        QCOMPARE(bars.findChild<QChartView*>()->chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
    }

    // Every legend's colours stay apart, on screen, in print and on a projector: no two
    // entries of one legend closer than 15 in CIELAB (CIE76 delta E; about 2.3 is the
    // smallest difference an eye sees side by side, 15 is plainly different in a legend).
    void legendColoursAreDistinct()
    {
        auto lab = [](const QColor& c) {
            auto linear = [](double u) { return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4); };
            const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
            const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
            const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
            auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
            return std::array<double, 3> {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
        };
        auto deltaE = [&](const QColor& a, const QColor& b) {
            const auto p = lab(a), q = lab(b);
            return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
        };
        for (const auto variant : {Palette::Variant::Screen, Palette::Variant::Print, Palette::Variant::Projector}) {
            QList<QPair<QString, QColor>> lists, pdes, ptes;
            for (int l = 0; l < mm::kPageLocationCount; ++l) {
                const auto location = static_cast<mm::PageLocation>(l);
                lists.append({Palette::name(location), Palette::list(location, variant)});
            }
            for (int k = 0; k < int(PdeKind::Count); ++k)
                pdes.append({Palette::name(PdeKind(k)), Palette::pde(PdeKind(k), variant)});
            for (int k = 0; k < int(PteKind::Count); ++k)
                ptes.append({Palette::name(PteKind(k)), Palette::pte(PteKind(k), variant)});
            for (const auto& legend : {lists, pdes, ptes}) {
                for (int i = 0; i < legend.size(); ++i) {
                    for (int j = i + 1; j < legend.size(); ++j) {
                        const double d = deltaE(legend[i].second, legend[j].second);
                        QVERIFY2(d >= 15,
                            qPrintable(QStringLiteral("variant %1: %2 and %3 differ by %4")
                                           .arg(int(variant))
                                           .arg(legend[i].first, legend[j].first)
                                           .arg(d)));
                    }
                }
            }
        }
    }

    // The projector palette: every colour at least as saturated, pale ones darker, empty
    // cells white; the memory map redraws in it, and exports keep the screen colours.
    void projectorPaletteIsStronger()
    {
        for (int l = 0; l < mm::kPageLocationCount; ++l) {
            const auto location = static_cast<mm::PageLocation>(l);
            const QColor screen = Palette::list(location, Palette::Variant::Screen);
            const QColor projector = Palette::list(location, Palette::Variant::Projector);
            QVERIFY(projector.saturation() >= screen.saturation());
            QVERIFY(projector.value() <= screen.value());
        }
        QCOMPARE(Palette::pde(PdeKind::NotPresent, Palette::Variant::Projector).rgb(), QColor(Qt::white).rgb());
        QCOMPARE(Palette::pte(PteKind::Zero, Palette::Variant::Projector).rgb(), QColor(Qt::white).rgb());
        QVERIFY(Palette::list(mm::PageLocation::Zeroed, Palette::Variant::Projector)
            != Palette::list(mm::PageLocation::Zeroed, Palette::Variant::Screen));

        SimulationController controller(16ull << 20, 0);
        Selection selection;
        MemoryMapView map(controller, selection);
        const QColor lastOnScreen
            = map.image().pixelColor(int(map.geometry().columns) - 1, int(map.geometry().rows) - 1);
        Palette::setScreenVariant(Palette::Variant::Projector);
        map.coloursChanged();
        const QColor lastOnProjector
            = map.image().pixelColor(int(map.geometry().columns) - 1, int(map.geometry().rows) - 1);
        Palette::setScreenVariant(Palette::Variant::Screen);
        // (Nothing is zeroed yet: the last frame is Free.)
        QCOMPARE(lastOnScreen.rgb(), Palette::list(mm::PageLocation::Free, Palette::Variant::Screen).rgb());
        QCOMPARE(lastOnProjector.rgb(), Palette::list(mm::PageLocation::Free, Palette::Variant::Projector).rgb());
    }

    void modelsPassTheTester()
    {
        SimulationController controller(16ull << 20, 0);
        ProcessModel processes(controller);
        EventModel events(controller);
        QSortFilterProxyModel filter;
        filter.setSourceModel(&events);
        filter.setFilterKeyColumn(EventModel::Routine);
        filter.setRecursiveFilteringEnabled(true);
        filter.setFilterFixedString(QStringLiteral("MiRemoveZeroPage"));
        QAbstractItemModelTester t1(&processes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("spawn b.exe parent a.exe"));
        QCOMPARE(processes.rowCount(), 3);
        QCOMPARE(processes.index(2, ProcessModel::Image).data().toString(), QStringLiteral("b.exe"));
        QCOMPARE(processes.index(2, ProcessModel::Parent).data().toString(), QStringLiteral("000c"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 10000"));
        run(controller, QStringLiteral("touch 10000 10000 write"));
        QCOMPARE(processes.index(1, ProcessModel::PrivatePages).data().toInt(), 16);
        run(controller, QStringLiteral("exit b.exe"));
        QCOMPARE(processes.rowCount(), 2);
        QCOMPARE(events.eventCount(), controller.simulator().events().size());
        // Boot, then one row per command that changed the machine, each holding its events.
        QCOMPARE(events.commandCount(), 7);
        QCOMPARE(events.index(1, EventModel::Routine).data().toString(), QStringLiteral("kd> spawn a.exe"));
        const QModelIndex exit = events.index(6, 0);
        QCOMPARE(exit.siblingAtColumn(EventModel::Routine).data().toString(), QStringLiteral("kd> exit b.exe"));
        const auto [first, end] = events.eventsOf(6);
        QCOMPARE(events.rowCount(exit), int(end - first));
        QCOMPARE(events.index(0, EventModel::Seq, exit).data().toULongLong(), qulonglong(first + 1));
        QCOMPARE(events.index(events.rowCount(exit) - 1, EventModel::Seq, exit).data().toULongLong(),
            qulonglong(controller.simulator().events().lastSeq()));
        QVERIFY(filter.rowCount() > 1);
        controller.reset(8ull << 20);
        QCOMPARE(processes.rowCount(), 1);
        QCOMPARE(events.commandCount(), 1);
        QCOMPARE(events.eventCount(), controller.simulator().events().size());
    }

    void clickingAPdeOpensItsPageTable()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        run(controller, QStringLiteral("spawn notepad.exe"));
        run(controller, QStringLiteral("switch notepad.exe"));
        run(controller, QStringLiteral("read 401000")); // notepad.exe's first code page
        selection.setCid(processNamed(controller, "notepad.exe").cid);
        PageDirectoryView view(controller, selection);
        view.resize(1100, 800);
        QSignalSpy opened(&view, &PageDirectoryView::pageTableOpened);
        // PDE 1 maps 00400000-007FFFFF (the image) through the page table the read created.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.grid(view.rect()).cellRect(1).center().toPoint());
        QCOMPARE(view.mode(), PageDirectoryView::Mode::PageTable);
        QCOMPARE(view.pageTableIndex(), 1);
        QCOMPARE(opened.count(), 1);
        // Clicking the PTE of 00401000 selects that page and its frame.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.grid(view.rect()).cellRect(1).center().toPoint());
        QCOMPARE(selection.va(), std::optional<quint32>(0x401000));
        const auto walk = mm::hw::Mmu::walk(
            controller.simulator().memory(), processNamed(controller, "notepad.exe").directoryTableBase[0], 0x401000);
        QCOMPARE(selection.pfn(), std::optional<quint32>(quint32(walk.physical >> 12)));
        // A click on an empty PDE does not open anything.
        view.showDirectory();
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.grid(view.rect()).cellRect(0x100).center().toPoint());
        QCOMPARE(view.mode(), PageDirectoryView::Mode::Directory);
    }

    // The grid from the keyboard: arrows move the selected cell (a row is 32 cells), Enter
    // opens the page table under it, arrows then move within the table, Backspace goes back.
    void gridKeyboardNavigation()
    {
        SimulationController controller(128ull << 20, 0);
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 1000"));
        run(controller, QStringLiteral("read 10000"));
        Selection selection;
        selection.setCid(processNamed(controller, "a.exe").cid);
        PageDirectoryView view(controller, selection);
        view.resize(800, 700);
        QTest::keyClick(&view, Qt::Key_Right); // nothing selected yet: the first cell
        QCOMPARE(selection.va(), std::optional<quint32>(0));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(selection.va(), std::optional<quint32>(32u << 22));
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Left); // stays at the first cell
        QCOMPARE(selection.va(), std::optional<quint32>(0));
        QCOMPARE(view.mode(), PageDirectoryView::Mode::Directory);
        QTest::keyClick(&view, Qt::Key_Return); // PDE 0 maps a page table: open it
        QCOMPARE(view.mode(), PageDirectoryView::Mode::PageTable);
        for (int i = 0; i < 16; ++i)
            QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(selection.va(), std::optional<quint32>(0x10000)); // PTE 10: the page read above
        const auto walk = mm::hw::Mmu::walk(
            controller.simulator().memory(), processNamed(controller, "a.exe").directoryTableBase[0], 0x10000);
        QCOMPARE(selection.pfn(), std::optional<quint32>(quint32(walk.physical >> 12)));
        QTest::keyClick(&view, Qt::Key_Backspace);
        QCOMPARE(view.mode(), PageDirectoryView::Mode::Directory);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(selection.va(), std::optional<quint32>(32u << 22));
    }

    void selectingAFrameSelectsItsPte()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        run(controller, QStringLiteral("spawn word.exe"));
        run(controller, QStringLiteral("switch word.exe"));
        run(controller, QStringLiteral("alloc 0 10000"));
        run(controller, QStringLiteral("touch 10000 10000 write"));
        const auto& word = processNamed(controller, "word.exe");
        const auto walk = mm::hw::Mmu::walk(controller.simulator().memory(), word.directoryTableBase[0], 0x13000);
        const quint32 pfn = quint32(walk.physical >> 12);
        MemoryMapView map(controller, selection);
        map.resize(900, 700);
        const QRectF area = map.mapArea(map.rect());
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.geometry().frameRect(area, pfn).center().toPoint());
        QCOMPARE(selection.pfn(), std::optional<quint32>(pfn));
        QCOMPARE(selection.cid(), word.cid);
        QCOMPARE(selection.va(), std::optional<quint32>(0x13000)); // the page its PTE maps
        // The map shows the frame's state after a trim moves it.
        run(controller, QStringLiteral("trim word.exe"));
        QCOMPARE(map.image().pixelColor(int(pfn % map.geometry().columns), int(pfn / map.geometry().columns)),
            Palette::list(mm::PageLocation::Modified));
    }

    void compareMarksExactlyTheTwoPerProcessEntries()
    {
        SimulationController controller(128ull << 20, 0);
        Selection selection;
        run(controller, QStringLiteral("spawn one.exe"));
        run(controller, QStringLiteral("spawn two.exe parent one.exe"));
        selection.setCid(processNamed(controller, "one.exe").cid);
        selection.setCompareCid(processNamed(controller, "two.exe").cid);
        PageDirectoryView view(controller, selection);
        view.setCompare(true);
        QCOMPARE(view.differingEntries(), (std::vector<int> {0x300, 0x301}));
        // Once one of them has user memory its lower half differs too, the upper half does not.
        run(controller, QStringLiteral("switch one.exe"));
        run(controller, QStringLiteral("alloc 0 1000"));
        run(controller, QStringLiteral("read 10000"));
        QCOMPARE(view.differingEntries(), (std::vector<int> {0x000, 0x300, 0x301}));
    }

    // Compare never puts a process beside itself: the one picked, else the parent, else
    // the process created before.
    void compareChoosesAnotherProcess()
    {
        SimulationController controller(128ull << 20, 0);
        const auto& processes = controller.simulator().processes();
        QCOMPARE(chooseCompareCid(processes, 8, 0), quint16(0)); // only System
        run(controller, QStringLiteral("spawn explorer.exe"));
        run(controller, QStringLiteral("spawn notepad.exe parent explorer.exe"));
        run(controller, QStringLiteral("spawn calc.exe parent explorer.exe"));
        const quint16 explorer = processNamed(controller, "explorer.exe").cid;
        const quint16 notepad = processNamed(controller, "notepad.exe").cid;
        const quint16 calc = processNamed(controller, "calc.exe").cid;
        QCOMPARE(chooseCompareCid(processes, notepad, 0), explorer); // the parent
        QCOMPARE(chooseCompareCid(processes, explorer, 0), quint16(8)); // its parent, System
        QCOMPARE(chooseCompareCid(processes, notepad, notepad), explorer); // never itself
        QCOMPARE(chooseCompareCid(processes, notepad, calc), calc); // the one picked
        QCOMPARE(chooseCompareCid(processes, 8, 0), explorer); // System: the first other
        run(controller, QStringLiteral("exit explorer.exe"));
        QCOMPARE(chooseCompareCid(processes, calc, explorer), notepad); // parent gone: created before
        QCOMPARE(chooseCompareCid(processes, notepad, 0), quint16(8));
    }

    // The filter matches what the table shows: a row passes when the text of its Step,
    // Routine, Cid, Address, PTE or Frame cell contains the filter text, in any case.
    void eventFilterMatchesTheCells()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        EventLogView log(controller, selection);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 20000", "touch 10000 20000 write",
                 "read 77f61000", "trim a.exe all", "read 10000", "fork a.exe", "zero 10"})
            run(controller, QString::fromLatin1(line));
        const EventModel& model = *log.model();
        QVERIFY(model.eventCount() > 300);
        for (size_t event = 0; event < model.eventCount(); ++event) {
            for (int column = EventModel::Seq; column <= EventModel::Frame; ++column) {
                const QString cell = model.eventIndex(event, column).data().toString();
                if (cell.isEmpty())
                    continue;
                QVERIFY2(model.eventContains(event, cell.toLower().toStdString()), qPrintable(cell));
                QVERIFY(model.eventContains(event, cell.right(3).toLower().toStdString()));
            }
            QVERIFY(!model.eventContains(event, "not in any cell"));
        }
        // The tree shows exactly the events with a matching cell, under their commands.
        for (const QString& text : {QStringLiteral("MiRESOLVEdemandZEROfault"), QStringLiteral("Transition -> ACTIVE"),
                 QStringLiteral("c0")}) {
            int expected = 0;
            std::set<int> commands;
            for (size_t event = 0; event < model.eventCount(); ++event) {
                bool any = false;
                for (int column = EventModel::Seq; column <= EventModel::Frame; ++column)
                    any = any || model.eventIndex(event, column).data().toString().contains(text, Qt::CaseInsensitive);
                expected += any;
                if (any)
                    commands.insert(model.commandOf(event));
            }
            log.setFilterText(text);
            QVERIFY2(expected > 0, qPrintable(text));
            QCOMPARE(log.shownRows(), expected);
            QCOMPARE(log.filter()->rowCount(), int(commands.size()));
        }
        // A command matches by its text, with none of its events.
        log.setFilterText(QStringLiteral("ZERO 10"));
        QCOMPARE(log.filter()->rowCount(), 1);
        QCOMPARE(log.filter()->index(0, EventModel::Routine).data().toString(), QStringLiteral("kd> zero 10"));
        log.setFilterText(QString());
        QCOMPARE(size_t(log.shownRows()), model.eventCount());
    }

    void eventSelectionSelectsEverywhere()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        EventLogView log(controller, selection);
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 1000"));
        run(controller, QStringLiteral("read 10000"));
        // The last event is MiLocateAndReserveWsle for 00010000, under the last command.
        const QModelIndex command = log.filter()->index(log.filter()->rowCount() - 1, 0);
        QCOMPARE(command.siblingAtColumn(EventModel::Routine).data().toString(), QStringLiteral("kd> read 10000"));
        QVERIFY(log.tree()->isExpanded(command)); // the newest command is open
        const int last = log.filter()->rowCount(command) - 1;
        log.tree()->setCurrentIndex(log.filter()->index(last, 0, command));
        QCOMPARE(selection.cid(), processNamed(controller, "a.exe").cid);
        QCOMPARE(selection.va(), std::optional<quint32>(0x10000));
        // The Explain pane says what the selected event's routine does.
        const QString step = QStringLiteral("Step %1").arg(controller.simulator().events().lastSeq());
        QVERIFY2(log.explanation().startsWith(step), qPrintable(log.explanation()));
        QVERIFY(log.explanation().contains(QLatin1String("\nMiLocateAndReserveWsle\n")));
        log.setFilterText(QStringLiteral("MiResolveDemandZeroFault"));
        const QModelIndex read = log.filter()->index(log.filter()->rowCount() - 1, 0);
        QCOMPARE(read.siblingAtColumn(EventModel::Routine).data().toString(), QStringLiteral("kd> read 10000"));
        QCOMPARE(log.filter()->rowCount(read), 2); // the page table's PDE, then the page's PTE
        log.tree()->setCurrentIndex(log.filter()->index(1, 0, read));
        // What the event changed, decoded, and why; then the routine's entry.
        QVERIFY2(log.explanation().contains(QLatin1String("DemandZero ReadWrite -> Valid pfn")),
            qPrintable(log.explanation()));
        QVERIFY(log.explanation().contains(QLatin1String("A demand-zero fault: a zero-filled page now backs")));
        QVERIFY(log.explanation().contains(QLatin1String("demand zero")));
        QVERIFY(log.explanation().contains(QLatin1String("When:")));
        QVERIFY(log.explanation().contains(QLatin1String("Read: Digest")));
    }

    void selectingAFrameMarksItsEventsAndList()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        EventLogView log(controller, selection);
        log.resize(900, 220);
        log.show();
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 20000"));
        run(controller, QStringLiteral("read 10000"));
        const auto& sim = controller.simulator();
        const auto& a = processNamed(controller, "a.exe");
        const quint32 pfn = quint32(mm::hw::Mmu::walk(sim.memory(), a.directoryTableBase[0], 0x10000).physical >> 12);
        run(controller, QStringLiteral("touch 11000 1f000 write")); // enough events to scroll the frame's away
        QApplication::processEvents();

        const auto event = log.model()->lastEventOfFrame(pfn);
        QVERIFY(event);
        QCOMPARE(sim.events()[*event].pfn, pfn);
        const QModelIndex shown = log.filter()->mapFromSource(log.model()->eventIndex(*event));
        auto onScreen = [&] {
            const QRect rect = log.tree()->visualRect(shown);
            return rect.isValid() && log.tree()->viewport()->rect().intersects(rect);
        };
        QVERIFY(!onScreen()); // the log follows the newest events (and read's command is closed)
        const QModelIndex newest = log.model()->eventIndex(log.model()->eventCount() - 1);
        QVERIFY(sim.events()[log.model()->eventCount() - 1].pfn != pfn);

        selection.setPfn(pfn);
        QVERIFY(onScreen());
        QVERIFY(log.model()->eventIndex(*event, EventModel::Frame).data(Qt::BackgroundRole).isValid());
        QVERIFY(!newest.data(Qt::BackgroundRole).isValid());

        // The list the charts outline: Active while mapped; a demand-zero page has no copy
        // anywhere else, so a trim sends it to Modified even though it was only read.
        QCOMPARE(FrameInfo::list(sim, pfn), std::optional(mm::PageLocation::Active));
        run(controller, QStringLiteral("trim a.exe all"));
        QCOMPARE(FrameInfo::list(sim, pfn), std::optional(mm::PageLocation::Modified));
        QCOMPARE(FrameInfo::list(sim, std::nullopt), std::nullopt);
        QCOMPARE(FrameInfo::list(sim, quint32(sim.pfnDatabase().size())), std::nullopt);
    }

    // Each kind of translation, as the view animates it: the phases it goes through (a
    // TLB hit reads no table, a 4 MB page no page table, an invalid PDE stops there), what
    // it says where it matters, and where it ends.
    void translationCases_data()
    {
        QTest::addColumn<quint64>("ram");
        QTest::addColumn<QStringList>("setup"); // commands; the view shows the current process
        QTest::addColumn<QString>("how"); // lookup, selfmap or access
        QTest::addColumn<quint32>("va");
        QTest::addColumn<QString>("phases");
        QTest::addColumn<QString>("says"); // in some step's title or detail
        QTest::addColumn<bool>("translated");

        const QStringList user {"spawn a.exe", "spawn b.exe", "switch a.exe", "alloc 0 20000", "write 10000 1"};
        const QString walked = QStringLiteral("Address Tlb Cr3 Directory Table Frame Done");
        // A fault, then the walk again once it is resolved.
        const QString faultedWalk = QStringLiteral("Address Tlb Cr3 Directory Table Fault Directory Table Frame Done");
        QTest::newRow("TLB miss") << 128ull << (user + QStringList {"switch b.exe", "switch a.exe"}) << "lookup"
                                  << 0x10000u << walked << "TLB miss" << true;
        QTest::newRow("TLB hit") << 128ull << (user + QStringList {"read 10000"}) << "lookup" << 0x10000u
                                 << "Address Tlb Frame Done"
                                 << "The TLB entry's frame" << true;
        QTest::newRow("large page, walked") << 128ull << (user + QStringList {"switch b.exe", "switch a.exe"})
                                            << "lookup-other" << 0x80001234u << "Address Tlb Cr3 Directory Frame Done"
                                            << "byte offset 001234 in the 4 MB page (bits 21-0)" << true;
        QTest::newRow("large page, global TLB entry")
            << 128ull << (user + QStringList {"kread 80001234", "switch b.exe"}) << "lookup" << 0x80001234u
            << "Address Tlb Frame Done"
            << "global (G): a context switch keeps it" << true;
        QTest::newRow("invalid PDE") << 128ull << user << "lookup" << 0x50000000u << "Address Tlb Cr3 Directory Done"
                                     << "The PDE is not valid: there is no page table for these 4 MB" << false;
        QTest::newRow("zero PTE") << 128ull << user << "lookup" << 0x11000u << "Address Tlb Cr3 Directory Table Done"
                                  << "the PTE is zero, so MmAccessFault asks the VADs" << false;
        QTest::newRow("transition PTE") << 128ull << (user + QStringList {"trim a.exe"}) << "lookup" << 0x10000u
                                        << "Address Tlb Cr3 Directory Table Done"
                                        << "MiResolveTransitionFault puts it back" << false;
        QTest::newRow("self-map") << 128ull << (user + QStringList {"switch b.exe", "switch a.exe"}) << "selfmap"
                                  << 0x10000u << "Address Tlb Cr3 Directory Table Table Frame Done"
                                  << "C0000000 + VA/1024 = C0000040" << true;
        QTest::newRow("demand-zero fault")
            << 128ull << user << "access" << 0x11000u << faultedWalk << "MiResolveDemandZeroFault" << true;
        QTest::newRow("page-table fault")
            << 128ull << QStringList {"spawn a.exe", "switch a.exe", "alloc 800000 1000"} << "access" << 0x800000u
            << "Address Tlb Cr3 Directory Fault Directory Table Frame Done"
            << "writes the PDE" << true;
        QTest::newRow("transition fault") << 128ull << (user + QStringList {"trim a.exe"}) << "access" << 0x10000u
                                          << faultedWalk << "MiResolveTransitionFault" << true;
        QTest::newRow("paging-file fault")
            << 4ull
            << QStringList {"zero", "spawn saver.exe", "spawn hog.exe", "switch saver.exe", "alloc 10000 1000",
                   "write 10000 5a5a5a5a", "trim saver.exe", "modwrite", "switch hog.exe", "alloc 0 200000",
                   "touch 10000 200000 write", "switch saver.exe"}
            << "access" << 0x10000u << faultedWalk << "IoPageRead" << true;
        QTest::newRow("image page: prototype PTE")
            << 128ull << QStringList {"spawn a.exe", "switch a.exe"} << "access" << 0x401000u
            << "Address Tlb Cr3 Directory Fault Directory Table Frame Done"
            << "MiResolveProtoPteFault" << true;
        QTest::newRow("access violation")
            << 128ull << user << "access" << 0x50000000u << "Address Tlb Cr3 Directory Fault Done"
            << "STATUS_ACCESS_VIOLATION" << false;
    }
    void translationCases()
    {
        QFETCH(quint64, ram);
        QFETCH(QStringList, setup);
        QFETCH(QString, how);
        QFETCH(quint32, va);
        QFETCH(QString, phases);
        QFETCH(QString, says);
        QFETCH(bool, translated);
        SimulationController controller(ram << 20, 0);
        for (const QString& line : setup)
            run(controller, line);
        Selection selection;
        const auto& current = controller.simulator().processes().current();
        // "lookup-other": the same process while another runs, so its TLB cannot answer.
        selection.setCid(current.cid);
        TranslationView view(controller, selection);
        Translation t;
        if (how == QLatin1String("access")) {
            view.access(va);
            t = view.canvas()->translation();
        } else if (how == QLatin1String("lookup-other")) {
            run(controller, QStringLiteral("switch b.exe"));
            t = Translation::lookup(controller.simulator(), processNamed(controller, "a.exe"), va, false);
        } else {
            t = Translation::lookup(controller.simulator(), current, va, how == QLatin1String("selfmap"));
        }
        static const char* const names[] = {"Address", "Tlb", "Cr3", "Directory", "Table", "Fault", "Frame", "Done"};
        QStringList seen;
        QString text;
        for (const auto& step : t.steps) {
            const QString name = QString::fromLatin1(names[int(step.phase)]);
            if (seen.isEmpty() || name != QLatin1String("Fault") || seen.last() != name)
                seen << name; // a fault's steps (to its retry) count once
            text += step.title + QLatin1Char('\n') + step.detail + QLatin1Char('\n');
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), phases);
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(bool(t.physical()), translated);
        if (translated) {
            const auto& process = how == QLatin1String("lookup-other") ? processNamed(controller, "a.exe")
                                                                       : controller.simulator().processes().current();
            const auto walk = mm::hw::Mmu::walk(controller.simulator().memory(), process.directoryTableBase[0], va);
            QCOMPARE(t.physical(), std::optional<uint64_t>(walk.physical));
        }
    }

    // The TLB view lists what the CPU's TLB holds; a context switch (a CR3 load) leaves
    // only the global entries, and those it keeps.
    void tlbKeepsOnlyGlobalEntriesAcrossAContextSwitch()
    {
        SimulationController controller(128ull << 20, 0);
        for (const char* line : {"spawn a.exe", "spawn b.exe", "switch a.exe", "alloc 0 4000", "touch 10000 4000 write",
                 "kread 80001234", "read 10000"})
            run(controller, QString::fromLatin1(line));
        const auto& mmu = controller.simulator().mmu();
        QCOMPARE(mmu.lastAccess(), 0x10000u); // the entry the view outlines
        const auto before = TlbView::rows(mmu.tlb());
        auto has = [](const std::vector<TlbView::Row>& rows, uint32_t page, bool large) {
            return std::any_of(
                rows.begin(), rows.end(), [&](const TlbView::Row& r) { return r.page == page && r.large == large; });
        };
        for (uint32_t page = 0x10000; page < 0x14000; page += 0x1000)
            QVERIFY(has(before, page, false)); // the pages just touched, per process
        QVERIFY(has(before, 0x80000000, true)); // KSEG0's first 4 MB, global
        std::vector<TlbView::Row> globalBefore;
        std::copy_if(before.begin(), before.end(), std::back_inserter(globalBefore),
            [](const TlbView::Row& r) { return r.global; });
        QVERIFY(globalBefore.size() < before.size());

        run(controller, QStringLiteral("switch b.exe"));
        const auto after = TlbView::rows(mmu.tlb());
        QVERIFY(!after.empty());
        QVERIFY(std::all_of(after.begin(), after.end(), [](const TlbView::Row& r) { return r.global; }));
        for (const TlbView::Row& r : globalBefore)
            QVERIFY(has(after, r.page, r.large));
        QCOMPARE(after.size(), size_t(mmu.tlb().validCount()));

        TlbView view(controller);
        view.resize(900, 520);
        QVERIFY(!view.grab().isNull());
        QVERIFY(view.diagramTitle().startsWith(QStringLiteral("TLB: %1 of 72 entries valid").arg(after.size())));
    }

    // A lesson-sized change shows: with the lists a lesson picks (Free, Zeroed and Active
    // hidden, lines), a trim of 32 dirty pages fills the plot's height, one command after
    // the one before; hiding lists hides them in the Now chart too.
    void historyShowsATrimOfThirtyTwoPages()
    {
        SimulationController controller(128ull << 20, 0);
        for (const char* line :
            {"spawn a.exe", "switch a.exe", "alloc 0 20000", "touch 10000 20000 write", "trim a.exe"})
            run(controller, QString::fromLatin1(line));
        ListHistoryPlot history(controller);
        ListBarChart bars(controller);
        connect(&history, &ListHistoryPlot::hiddenListsChanged, &bars, &ListBarChart::setHiddenLists);
        history.resize(800, 400);
        // x counts commands: boot, then one sample per command that changed something.
        const auto& samples = controller.history();
        QCOMPARE(int(samples.size()), 1 + 5);
        QCOMPARE(samples.front().command, QStringLiteral("boot"));
        QCOMPARE(samples.back().command, QStringLiteral("trim a.exe"));
        QCOMPARE(history.plot()->xAxis->range().lower, -0.5);
        QCOMPARE(history.plot()->xAxis->range().upper, 5.5);
        QVERIFY(history.describeCommand(5).startsWith(QStringLiteral("5: trim a.exe\n")));
        // With every list shown, y spans all of RAM: 32 pages are 0.1 % of the height.
        QVERIFY(history.plot()->yAxis->range().upper >= 32768);

        history.setStacked(false);
        history.setHiddenLists(
            {mm::PageLocation::Free, mm::PageLocation::Zeroed, mm::PageLocation::Active, mm::PageLocation::Bad});
        const double top = history.plot()->yAxis->range().upper;
        const int modified = 1; // kSeries order: Active, Modified, ...
        const auto* graph = history.plot()->graph(modified);
        QCOMPARE(graph->name(), Palette::name(mm::PageLocation::Modified));
        QCOMPARE(graph->data()->at(4)->value, 0.0);
        QCOMPARE(graph->data()->at(5)->value, 32.0);
        QVERIFY2(32.0 / top > 0.8, qPrintable(QStringLiteral("y up to %1").arg(top)));
        QVERIFY(!history.plot()->graph(0)->visible());
        QCOMPARE(bars.hiddenLists(), history.hiddenLists());
        QCOMPARE(bars.value(int(mm::PageLocation::Free)), 0.0);
        QCOMPARE(bars.value(int(mm::PageLocation::Modified)), 32.0);
        QVERIFY(history.diagramTitle().contains(QStringLiteral("without Free, Zeroed, Active, Bad")));
        // Showing them again brings the whole of RAM back.
        history.setHiddenLists({});
        QVERIFY(history.plot()->yAxis->range().upper >= 32768);
        QCOMPARE(bars.value(int(mm::PageLocation::Free)) + bars.value(int(mm::PageLocation::Zeroed)),
            double(controller.simulator().pfnDatabase().count(mm::PageLocation::Free)
                + controller.simulator().pfnDatabase().count(mm::PageLocation::Zeroed)));
    }

    // A script run headlessly (mmvis --batch --export) leaves the same history as the same
    // commands typed in the window, so the exported charts equal the window's.
    void headlessScriptHistoryEqualsTheWindows()
    {
        const QStringList lines {"spawn a.exe", "switch a.exe", "!process 0 0", "alloc 0 20000",
            "touch 10000 20000 write", "trim a.exe", "modwrite", "read 10000"};
        SimulationController window(64ull << 20, 0);
        for (const QString& line : lines)
            window.execute(line);
        SimulationController headless(64ull << 20, 0);
        std::istringstream script(lines.join(QLatin1Char('\n')).toStdString());
        std::ostringstream out, err;
        QCOMPARE(headless.runScript(script, "s.cmd", {}, out, err), 0);
        // The exported pictures are the same, pixel for pixel.
        QTemporaryDir dir;
        auto picture = [&dir](Diagram& d, const QString& name) {
            const QString path = dir.filePath(name + QStringLiteral(".png"));
            DiagramExporter::write(d, path, DiagramExporter::Format::Png, {});
            return QImage(path);
        };
        ListHistoryPlot windowHistory(window), headlessHistory(headless);
        QCOMPARE(picture(headlessHistory, QStringLiteral("h1")), picture(windowHistory, QStringLiteral("h2")));
        DynamicsDiagram windowDynamics(window), headlessDynamics(headless);
        QCOMPARE(picture(headlessDynamics, QStringLiteral("d1")), picture(windowDynamics, QStringLiteral("d2")));
        QCOMPARE(headless.history().size(), window.history().size());
        for (size_t k = 0; k < window.history().size(); ++k) {
            QCOMPARE(headless.history()[k].command, window.history()[k].command);
            QCOMPARE(headless.history()[k].counts, window.history()[k].counts);
            QCOMPARE(headless.history()[k].seq, window.history()[k].seq);
        }
    }

    void translationReachesTheCoresPhysicalAddress()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        run(controller, QStringLiteral("spawn calc.exe"));
        run(controller, QStringLiteral("switch calc.exe"));
        run(controller, QStringLiteral("alloc 0 10000"));
        selection.setCid(processNamed(controller, "calc.exe").cid);
        TranslationView view(controller, selection);
        view.resize(1200, 760);
        // A first read faults twice (page table, then the page); the animation replays it.
        QVERIFY(view.access(0x10abc));
        view.toEnd();
        const Translation& t = view.canvas()->translation();
        QVERIFY(t.faulted);
        const auto walk = mm::hw::Mmu::walk(
            controller.simulator().memory(), processNamed(controller, "calc.exe").directoryTableBase[0], 0x10abc);
        QVERIFY(walk.valid);
        QCOMPARE(t.physical(), std::optional<uint64_t>(walk.physical));
        QCOMPARE(view.canvas()->step(), int(t.steps.size()) - 1);
        QVERIFY(
            t.steps.back().title.contains(QStringLiteral("%1").arg(walk.physical, 8, 16, QLatin1Char('0')).toUpper()));
        bool resolver = false;
        for (const auto& s : t.steps)
            resolver = resolver || s.title.contains(QStringLiteral("MiResolveDemandZeroFault"));
        QVERIFY(resolver);
        // Looking the same address up again changes nothing and needs no fault.
        const uint64_t seq = controller.simulator().events().lastSeq();
        view.translate(0x10abc);
        QCOMPARE(controller.simulator().events().lastSeq(), seq);
        QVERIFY(!view.canvas()->translation().faulted);
        QCOMPARE(view.canvas()->translation().physical(), std::optional<uint64_t>(walk.physical));
        // An address nothing maps: the animation ends without a frame, with the reason.
        QVERIFY(view.access(0x500000));
        view.toEnd();
        QVERIFY(!view.canvas()->translation().physical());
        QVERIFY(view.canvas()->translation().outcome.contains(QStringLiteral("STATUS_ACCESS_VIOLATION")));
        if (qEnvironmentVariableIsSet("MMVIS_SAVE_PNG")) {
            DynamicsDiagram dynamics(controller);
            DiagramExporter::write(dynamics, QStringLiteral("/tmp/dynamics.png"), {});
            view.access(0x11000);
            view.canvas()->setStep(7);
            DiagramExporter::write(*view.canvas(), QStringLiteral("/tmp/translation.png"), {});
        }
    }

    void dynamicsCountsEachKindOfMove()
    {
        SimulationController controller(16ull << 20, 0);
        DynamicsDiagram dynamics(controller);
        const auto before = [&](Move m) { return dynamics.tracker().count(m); };
        const uint64_t zeroing = before(Move::Zeroing);
        run(controller, QStringLiteral("zero"));
        QCOMPARE(before(Move::Zeroing) - zeroing, uint64_t(controller.history().front().counts[1]));
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 4000"));
        run(controller, QStringLiteral("touch 10000 4000 write"));
        QCOMPARE(before(Move::DemandZero), uint64_t(3 + 1 + 4)); // the process's pages, a page table, four pages
        run(controller, QStringLiteral("trim a.exe"));
        QCOMPARE(before(Move::TrimDirty), uint64_t(4));
        QCOMPARE(dynamics.tracker().last(), std::optional<Move>(Move::TrimDirty));
        run(controller, QStringLiteral("read 10000"));
        QCOMPARE(before(Move::SoftFaultModified), uint64_t(1));
        run(controller, QStringLiteral("modwrite"));
        QCOMPARE(before(Move::ModifiedWrite), uint64_t(3));
        run(controller, QStringLiteral("read 11000"));
        QCOMPARE(before(Move::SoftFaultStandby), uint64_t(1));
        run(controller, QStringLiteral("switch System"));
        run(controller, QStringLiteral("exit a.exe"));
        QCOMPARE(before(Move::StandbyFreed), uint64_t(2));
        QCOMPARE(before(Move::Released), uint64_t(2 + 1 + 3)); // two pages, the page table, the process's pages
    }

    // Time travel from the console: every view follows the jump back and the replay
    // forward; the page-list history loses the trim's sample and gets it back.
    void viewsFollowTimeTravel()
    {
        SimulationController controller(16ull << 20, 0);
        DynamicsDiagram dynamics(controller);
        EventModel events(controller);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 4000", "touch 10000 4000 write"})
            run(controller, QString::fromLatin1(line));
        const size_t samples = controller.history().size();
        const uint64_t demandZero = dynamics.tracker().count(Move::DemandZero);
        const auto lastBefore = controller.simulator().events().lastSeq();
        run(controller, QStringLiteral("trim a.exe"));
        QCOMPARE(controller.history().size(), samples + 1);
        QCOMPARE(dynamics.tracker().count(Move::TrimDirty), uint64_t(4));

        run(controller, QStringLiteral("t-"));
        QCOMPARE(controller.simulator().events().lastSeq(), lastBefore);
        QCOMPARE(controller.history().size(), samples);
        QCOMPARE(dynamics.tracker().count(Move::TrimDirty), uint64_t(0));
        QCOMPARE(dynamics.tracker().count(Move::DemandZero), demandZero);
        QCOMPARE(quint64(events.eventCount()), lastBefore);

        run(controller, QStringLiteral("t"));
        QCOMPARE(controller.history().size(), samples + 1);
        QCOMPARE(controller.history().back().command, QStringLiteral("trim a.exe"));
        QCOMPARE(dynamics.tracker().count(Move::TrimDirty), uint64_t(4));

        // A different command replaces the recorded future, its sample too.
        run(controller, QStringLiteral("t-"));
        run(controller, QStringLiteral("read 10000"));
        QCOMPARE(controller.history().size(), samples + 1);
        QCOMPARE(controller.history().back().command, QStringLiteral("read 10000"));
        QVERIFY(!controller.execute(QStringLiteral("t"))); // no recorded future now
    }

    // Stepping back through a script and stepping on again: the script goes back to the
    // undone command, and Step replays the recorded command rather than replacing the
    // recorded future; an inspection line in between does not count as a position.
    void scriptStepsBackAndReplays()
    {
        SimulationController controller(16ull << 20, 0);
        ScriptRunner runner(controller);
        runner.loadText(QStringLiteral("demo"),
            QStringLiteral("spawn a.exe\nswitch a.exe\n!memusage 8\nalloc 0 4000\ntouch 10000 4000 write\n"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(runner.step());
        QCOMPARE(controller.position(), size_t(4));
        const uint64_t end = controller.simulator().stateHash();

        run(controller, QStringLiteral("t-"));
        runner.followPosition(controller.position());
        QCOMPARE(runner.position(), 4); // the touch runs again next
        run(controller, QStringLiteral("t-"));
        run(controller, QStringLiteral("t-"));
        runner.followPosition(controller.position());
        QCOMPARE(runner.position(), 1); // back to the switch
        QVERIFY(runner.step()); // switch: replayed
        QCOMPARE(controller.end(), size_t(4)); // the future is still recorded
        while (!runner.finished())
            QVERIFY(runner.step());
        QCOMPARE(controller.position(), size_t(4));
        QCOMPARE(controller.simulator().stateHash(), end);
    }

    // A script file that is not text is refused whole, naming its first bad line, and the
    // script loaded before stays loaded.
    // When a script says it is done (or stopped at an error) it no longer runs: Pause is
    // then disabled.
    void scriptRunnerHasStoppedWhenItSaysSo()
    {
        SimulationController controller(128ull << 20, 0);
        ScriptRunner runner(controller);
        QList<bool> runningWhenStopped;
        connect(&runner, &ScriptRunner::stopped, this, [&] { runningWhenStopped << runner.running(); });
        runner.loadText(QStringLiteral("ok.cmd"), QStringLiteral("spawn a.exe\nspawn b.exe\n!process 0 0\n"));
        runner.run();
        QVERIFY(runner.running());
        QTRY_VERIFY(runner.finished());
        QCOMPARE(runningWhenStopped, QList<bool> {false});
        runner.loadText(QStringLiteral("bad.cmd"), QStringLiteral("spawn c.exe\nfrobnicate\nspawn d.exe\n"));
        runner.run();
        QTRY_COMPARE(runningWhenStopped.size(), 2);
        QCOMPARE(runningWhenStopped.last(), false);
        QCOMPARE(runner.position(), 2);
    }

    void scriptsThatAreNotTextAreRefused()
    {
        SimulationController controller(16ull << 20, 0);
        ScriptRunner runner(controller);
        QTemporaryDir dir;
        const auto write = [&](const char* name, const QByteArray& bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("good.cmd", "# two processes\r\nspawn a.exe\r\nspawn \xed\x95\x9c.exe\n");
        write("bad.cmd", "spawn b.exe\nspawn caf\xe9.exe\n");
        QString error;
        QVERIFY2(runner.load(dir.filePath(QStringLiteral("good.cmd")), &error), qPrintable(error));
        QCOMPARE(runner.count(), 2);
        QVERIFY(!runner.load(dir.filePath(QStringLiteral("bad.cmd")), &error));
        QCOMPARE(error, QStringLiteral("bad.cmd:2: column 10: byte 0xe9 is not UTF-8 text"));
        QCOMPARE(runner.name(), QStringLiteral("good.cmd"));
        QCOMPARE(runner.count(), 2);
    }

    void exportsAreRealFiles()
    {
        SimulationController controller(16ull << 20, 0);
        Selection selection;
        run(controller, QStringLiteral("spawn a.exe"));
        run(controller, QStringLiteral("switch a.exe"));
        run(controller, QStringLiteral("alloc 0 40000"));
        run(controller, QStringLiteral("touch 10000 40000 write"));
        run(controller, QStringLiteral("trim a.exe"));
        selection.setCid(processNamed(controller, "a.exe").cid);
        PageDirectoryView directory(controller, selection);
        MemoryMapView memory(controller, selection);
        ListHistoryPlot history(controller);
        ListBarChart bars(controller);
        DynamicsDiagram dynamics(controller);
        TranslationView translation(controller, selection);
        translation.access(0x10000);
        translation.toEnd();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (Diagram* d :
            std::initializer_list<Diagram*> {&directory, &memory, &history, &bars, &dynamics, translation.canvas()}) {
            for (auto format :
                {DiagramExporter::Format::Svg, DiagramExporter::Format::Png, DiagramExporter::Format::Pdf}) {
                const QString path
                    = dir.filePath(d->diagramName() + QLatin1Char('.') + DiagramExporter::extension(format));
                QString error;
                QVERIFY2(DiagramExporter::write(*d, path, format, {}, &error), qPrintable(error));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                QVERIFY2(bytes.size() > 2000, qPrintable(path));
                if (format == DiagramExporter::Format::Pdf) {
                    QVERIFY(bytes.startsWith("%PDF"));
                } else if (format == DiagramExporter::Format::Svg) {
                    QSvgRenderer svg(bytes);
                    QVERIFY2(svg.isValid(), qPrintable(path));
                    QVERIFY(bytes.contains("<path") || bytes.contains("<rect") || bytes.contains("<polyline"));
                } else {
                    QImage image(path);
                    QVERIFY(!image.isNull());
                    QCOMPARE(image.size(), (d->naturalSize() * 2).toSize());
                    QSet<QRgb> colours;
                    for (int y = 0; y < image.height(); y += 7) {
                        for (int x = 0; x < image.width(); x += 7)
                            colours.insert(image.pixel(x, y));
                    }
                    QVERIFY2(colours.size() > 6, qPrintable(path)); // more than a blank page
                }
            }
        }
        QString error;
        QVERIFY(!DiagramExporter::write(directory, dir.filePath(QStringLiteral("x.bmp")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("unknown format")));
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
