#include "mainwindow.h"
#include "simulationcontroller.h"

#include "diagramset.h"

#include "dbg/batchrunner.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* kVersion = "0.1.0";

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

// --batch with --export: the script runs on the window's controller (no window shown),
// then every diagram is written as SVG and PNG.
int runBatchAndExport(int argc, char** argv, const mm::dbg::Arguments& args)
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto& options = args.options;
    std::unique_ptr<mmvis::SimulationController> controller;
    try {
        controller = std::make_unique<mmvis::SimulationController>(options.ramBytes, options.pageFileBytes);
    } catch (const std::exception& e) {
        std::cerr << "mmvis: cannot boot the machine: " << e.what() << "\n";
        return 2;
    }
    int code = 0;
    if (options.script == "-") {
        code = controller->runScript(std::cin, "<stdin>", options, std::cout, std::cerr);
    } else {
        std::ifstream file(options.script);
        if (!file) {
            std::cerr << "mmvis: cannot read script '" << options.script << "'\n";
            return 2;
        }
        code = controller->runScript(file, options.script, options, std::cout, std::cerr);
    }
    mmvis::DiagramSet set(*controller);
    QString error;
    const QStringList files = mmvis::DiagramSet::write(set.diagrams(), QString::fromStdString(options.exportDir),
        {mmvis::DiagramExporter::Format::Svg, mmvis::DiagramExporter::Format::Png}, {}, &error);
    for (const QString& f : files)
        std::cout << "exported " << f.toStdString() << "\n";
    if (!error.isEmpty()) {
        std::cerr << "mmvis: export failed: " << error.toStdString() << "\n";
        return 2;
    }
    return code;
}

int runBatch(const mm::dbg::Arguments& args)
{
    const auto& options = args.options;
    if (options.script == "-")
        return mm::dbg::runBatch(std::cin, "<stdin>", options, std::cout, std::cerr);
    std::ifstream file(options.script);
    if (!file) {
        std::cerr << "mmvis: cannot read script '" << options.script << "'\n";
        return 2;
    }
    return mm::dbg::runBatch(file, options.script, options, std::cout, std::cerr);
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> raw(argv + 1, argv + argc);
    const mm::dbg::Arguments args = mm::dbg::parseArguments(raw);
    if (!args.error.empty()) {
        std::cerr << "mmvis: " << args.error << "\n" << mm::dbg::usageText();
        return 2;
    }
    if (args.help) {
        std::cout << mm::dbg::usageText();
        return 0;
    }
    if (args.version) {
        std::cout << "mmvis " << kVersion << "\n";
        return 0;
    }
    if (args.batch && !args.options.exportDir.empty()) {
        setUpLogging(args.logLevel == "info" ? "warn" : args.logLevel, false);
        return runBatchAndExport(argc, argv, args);
    }
    if (args.batch) {
        // No window and no display: the batch path never creates a QApplication.
        setUpLogging(args.logLevel == "info" ? "warn" : args.logLevel, false);
        return runBatch(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mmvis"));
    QApplication::setOrganizationName(QStringLiteral("mmvis"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    setUpLogging(args.logLevel, true);
    spdlog::info("mmvis {} starting, {} MB of simulated RAM", kVersion, args.options.ramBytes >> 20);

    std::unique_ptr<mmvis::SimulationController> controller;
    try {
        controller = std::make_unique<mmvis::SimulationController>(args.options.ramBytes, args.options.pageFileBytes);
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("mmvis"),
            QStringLiteral("Cannot boot the machine: %1").arg(QString::fromStdString(e.what())));
        return 2;
    }
    mmvis::MainWindow window(*controller);
    window.show();
    if (!args.startupScript.empty() && !window.runScriptFile(QString::fromStdString(args.startupScript)))
        spdlog::warn("the start-up script {} did not run to the end", args.startupScript);
    if (!args.screenshot.empty()) {
        // Let the window lay itself out, then save it and quit.
        QTimer::singleShot(300, &window, [&window, &args] {
            const QString path = QString::fromStdString(args.screenshot);
            if (window.grab().save(path))
                spdlog::info("screenshot saved to {}", args.screenshot);
            else
                spdlog::error("cannot save the screenshot to {}", args.screenshot);
            QApplication::quit();
        });
    }
    return app.exec();
}
