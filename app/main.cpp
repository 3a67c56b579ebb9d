#include "datapaths.h"
#include "language.h"
#include "mainwindow.h"
#include "programoptions.h"
#include "sessionfiles.h"
#include "simulationcontroller.h"

#include "diagramset.h"
#include "scriptviews.h"

#include "dbg/batchrunner.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

// The desktop file's name and the icon's: the application's id in the desktop and AppStream.
constexpr const char* kApplicationId = MMVIS_APP_ID;

// Diagnostics (not the simulation's event trace): stderr, plus a rotating file for the GUI.
void setUpLogging(const std::string& level, bool toFile)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (toFile) {
        const char* home = std::getenv("HOME");
        std::filesystem::path dir = std::filesystem::path(home ? home : ".") / ".cache" / "mmvis";
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (!ec)
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>((dir / "mmvis.log").string(), 1 << 20, 3));
    }
    auto logger = std::make_shared<spdlog::logger>("mmvis", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(logger);
}

// A batch run's diagnostics stay quiet unless asked for: its output is the transcript.
std::string batchLogLevel(const mmvis::ProgramOptions& options)
{
    return options.logLevel == QLatin1String("info") ? "warn" : options.logLevel.toStdString();
}

// Runs `run` on the batch script: standard input for "-", else the file.
template <typename Run> int withBatchScript(const mmvis::ProgramOptions& options, Run run)
{
    const std::string name = options.batchScript.toStdString();
    if (name == "-")
        return run(std::cin, std::string("<stdin>"));
    std::ifstream file(name);
    if (!file) {
        std::cerr << "mmvis: cannot read script '" << name << "'\n";
        return 2;
    }
    return run(file, name);
}

// --batch: no window and no display; this path never creates a QApplication.
int runBatch(const mmvis::ProgramOptions& options)
{
    setUpLogging(batchLogLevel(options), false);
    return withBatchScript(options, [&](std::istream& in, const std::string& name) {
        return mm::dbg::runBatch(in, name, options.machine, std::cout, std::cerr);
    });
}

// --batch with --export: the script runs on the window's controller (no window shown),
// then every diagram is written as SVG and PNG.
int runBatchAndExport(int argc, char** argv, const mmvis::ProgramOptions& options)
{
    setUpLogging(batchLogLevel(options), false);
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The diagrams' titles and legends in the language asked for.
    if (!mmvis::installTranslations(app, mmvis::chooseLanguage(options.language)))
        spdlog::warn("no translation for {}; the diagrams are in English", options.language.toStdString());
    std::unique_ptr<mmvis::SimulationController> controller;
    try {
        controller
            = std::make_unique<mmvis::SimulationController>(options.machine.ramBytes, options.machine.pageFileBytes);
    } catch (const std::exception& e) {
        std::cerr << "mmvis: cannot boot the machine: " << e.what() << "\n";
        return 2;
    }
    QList<mmvis::DiagramExporter::Format> formats;
    for (auto f : {mmvis::DiagramExporter::Format::Svg, mmvis::DiagramExporter::Format::Png,
             mmvis::DiagramExporter::Format::Pdf}) {
        if (options.exportFormats.contains(mmvis::DiagramExporter::extension(f)))
            formats << f;
    }
    mmvis::DiagramExporter::Options exportOptions;
    exportOptions.widthMm = options.exportWidthMm;
    exportOptions.fontPt = options.exportFontPt;
    if (!options.machine.session.empty()) {
        // --session: the saved machine and its commands first, as a batch run opens it.
        QFile file(QString::fromStdString(options.machine.session));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            controller->openSession(QString::fromUtf8(file.readAll()), &error);
        if (!error.isEmpty()) {
            std::cerr << "mmvis: " << options.machine.session << ": " << error.toStdString() << "\n";
            return 2;
        }
    }
    // The script's .select and .export act on diagrams laid out at their line.
    mmvis::ScriptViews views(*controller, options.exportDir, formats, exportOptions);
    mm::dbg::BatchOptions machine = options.machine;
    machine.viewHandler
        = [&views](const mm::dbg::ViewRequest& request, std::ostream& out) { return views.handle(request, out); };
    const int code = withBatchScript(options, [&](std::istream& in, const std::string& name) {
        return controller->runScript(in, name, machine, std::cout, std::cerr);
    });
    if (code == 2)
        return code;
    if (options.machine.stateHash)
        std::cout << mm::dbg::stateHashLine(controller->simulator()) << std::flush;
    if (!options.machine.saveSession.empty()) {
        QSaveFile file(QString::fromStdString(options.machine.saveSession));
        if (!file.open(QIODevice::WriteOnly) || file.write(controller->sessionText().toUtf8()) < 0 || !file.commit()) {
            std::cerr << "mmvis: cannot save the session to " << options.machine.saveSession << ": "
                      << file.errorString().toStdString() << "\n";
            return 2;
        }
    }
    // Then every diagram, as the script's choices leave them.
    mmvis::DiagramSet set(*controller, views.choice());
    QString error;
    const QStringList files
        = mmvis::DiagramSet::write(set.diagrams(), options.exportDir, formats, exportOptions, &error);
    for (const QString& f : files)
        std::cout << "exported " << f.toStdString() << "\n";
    if (!error.isEmpty()) {
        std::cerr << "mmvis: export failed: " << error.toStdString() << "\n";
        return 2;
    }
    return code;
}

// The scripts named on the command line, resolved to files before the window shows:
// a name that is neither a file nor an installed scenario is an error on stderr.
bool resolveScripts(mmvis::ProgramOptions& options)
{
    for (QString* script : {&options.startupScript, &options.openScript}) {
        if (script->isEmpty())
            continue;
        const QString path = mmvis::findScript(*script);
        if (path.isEmpty()) {
            std::cerr << "mmvis: no script file or installed scenario named '" << script->toStdString() << "'\n";
            return false;
        }
        *script = path;
    }
    return true;
}

int runWindow(int argc, char** argv, mmvis::ProgramOptions options)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QString::fromLatin1(kApplicationId), QIcon(QStringLiteral(":/icons/" MMVIS_APP_ID ".svg"))));
    setUpLogging(options.logLevel.toStdString(), true);
    const QString language = mmvis::chooseLanguage(options.language);
    if (!mmvis::installTranslations(app, language))
        spdlog::warn("no translation for {}; the interface is in English", language.toStdString());
    if (QApplication::windowIcon().availableSizes().isEmpty() && QApplication::windowIcon().pixmap(64).isNull())
        spdlog::warn("no application icon: Qt's SVG icon engine (libqt6svg6) is missing");
    const QString data = mmvis::dataDirectory();
    spdlog::info("mmvis {} starting, {} MB of simulated RAM, data in {}", MMVIS_VERSION, options.machine.ramBytes >> 20,
        data.isEmpty() ? std::string("(none found)") : data.toStdString());
    if (!resolveScripts(options))
        return 2;

    std::unique_ptr<mmvis::SimulationController> controller;
    try {
        controller
            = std::make_unique<mmvis::SimulationController>(options.machine.ramBytes, options.machine.pageFileBytes);
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("mmvis"),
            QStringLiteral("Cannot boot the machine: %1").arg(QString::fromStdString(e.what())));
        return 2;
    }
    mmvis::MainWindow window(*controller);
    window.show();
    if (!options.openSession.isEmpty())
        window.sessions().open(options.openSession);
    else
        window.sessions().recover(!options.recover);
    if (!options.startupScript.isEmpty() && !window.runScriptFile(options.startupScript))
        spdlog::warn("the start-up script {} did not run to the end", options.startupScript.toStdString());
    if (!options.openScript.isEmpty())
        window.loadScriptFile(options.openScript);
    if (!options.lesson.isEmpty() && !window.openLesson(options.lesson))
        return 2;
    if (options.presentation)
        window.setPresentation(true);
    if (!options.screenshot.isEmpty()) {
        // Let the window lay itself out, then save it and quit.
        QTimer::singleShot(300, &window, [&window, path = options.screenshot] {
            if (window.grab().save(path))
                spdlog::info("screenshot saved to {}", path.toStdString());
            else
                spdlog::error("cannot save the screenshot to {}", path.toStdString());
            QApplication::quit();
        });
    }
    return app.exec();
}

// --help: Qt's parser writes it, and takes the program's name from a QCoreApplication.
int printHelp(const mmvis::ProgramOptionsParser& parser)
{
    int argc = 1;
    char name[] = "mmvis";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    std::cout << parser.helpText().toStdString();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("mmvis"));
    QCoreApplication::setOrganizationName(QStringLiteral("mmvis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMVIS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    mmvis::ProgramOptionsParser parser;
    if (!parser.parse(arguments)) {
        QString error = parser.error();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        std::cerr << "mmvis: " << error.toStdString() << " (mmvis --help lists the options)\n";
        return 2;
    }
    const mmvis::ProgramOptions& options = parser.options();
    switch (options.mode) {
    case mmvis::ProgramOptions::Mode::Help:
        return printHelp(parser);
    case mmvis::ProgramOptions::Mode::Version:
        std::cout << "mmvis " << MMVIS_VERSION << "\n";
        return 0;
    case mmvis::ProgramOptions::Mode::Batch:
        return options.exportDir.isEmpty() ? runBatch(options) : runBatchAndExport(argc, argv, options);
    case mmvis::ProgramOptions::Mode::Window:
        break;
    }
    return runWindow(argc, argv, options);
}
