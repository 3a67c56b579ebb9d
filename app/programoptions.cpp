#include "programoptions.h"

#include "language.h"

#include "dbg/commandline.h"

#include <QCommandLineOption>

#include <tuple>

namespace mmvis {
namespace {

const QString kBatch = QStringLiteral("batch");
const QString kRam = QStringLiteral("ram");
const QString kPageFile = QStringLiteral("pagefile");
const QString kMaxProcesses = QStringLiteral("max-processes");
const QString kTrace = QStringLiteral("trace");
const QString kCheck = QStringLiteral("check");
const QString kStateHash = QStringLiteral("state-hash");
const QString kExport = QStringLiteral("export");
const QString kScript = QStringLiteral("script");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kLogLevel = QStringLiteral("log-level");
const QString kPresentation = QStringLiteral("presentation");
const QString kExportFormat = QStringLiteral("export-format");
const QString kExportWidth = QStringLiteral("export-width");
const QString kExportFont = QStringLiteral("export-font");
const QString kSession = QStringLiteral("session");
const QString kRecover = QStringLiteral("recover");
const QString kLesson = QStringLiteral("lesson");
const QString kLang = QStringLiteral("lang");
const QString kSaveSession = QStringLiteral("save-session");

// QGuiApplication's and QApplication's own options (see their documentation): accepted
// here so that the parse succeeds, and read by QApplication from argv. An empty value
// name: a flag.
struct QtOption {
    const char* name;
    const char* value;
};
const QtOption kQtOptions[]
    = {{"style", "style"}, {"stylesheet", "file"}, {"platform", "name[:options]"}, {"platformpluginpath", "path"},
        {"platformtheme", "theme"}, {"plugin", "plugin"}, {"qwindowgeometry", "geometry"}, {"qwindowicon", "icon"},
        {"qwindowtitle", "title"}, {"display", "display"}, {"geometry", "geometry"}, {"qmljsdebugger", "port"},
        {"fontengine", "engine"}, {"reverse", ""}, {"widgetcount", ""}, {"nograb", ""}, {"dograb", ""}, {"sync", ""}};

QCommandLineOption option(const QString& name, const QString& description, const QString& valueName = {})
{
    return QCommandLineOption(name, description, valueName);
}

QCommandLineOption hidden(const QtOption& qt)
{
    QCommandLineOption o(QString::fromLatin1(qt.name), QString(), QString::fromLatin1(qt.value));
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

} // namespace

ProgramOptionsParser::ProgramOptionsParser()
{
    m_parser.setApplicationDescription(
        QStringLiteral("A visualizer of Windows NT 4.0 / 2000 x86 process address spaces, driven by a simulation\n"
                       "of the NT memory manager and a WinDbg-style command language."));
    // Qt's options are single-dash words (-style, -platform); ours also work with one dash.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(option(kBatch,
        QStringLiteral("Run the commands of <script> (or standard input, when it is - or absent) without a "
                       "window, echoing each as \"kd> <command>\" with its output.")));
    m_parser.addOption(
        option(kRam, QStringLiteral("Simulated RAM, 4M to 4G in steps of 4M (default 128M)."), QStringLiteral("size")));
    m_parser.addOption(
        option(kPageFile, QStringLiteral("The paging file, 1M to 4G (default: RAM + 12M)."), QStringLiteral("size")));
    m_parser.addOption(option(kMaxProcesses,
        QStringLiteral("With --batch: at most <n> processes, System included, 1 to 4096 (default 512)."),
        QStringLiteral("n")));
    m_parser.addOption(option(kTrace, QStringLiteral("With --batch: print every memory-manager event as it happens.")));
    m_parser.addOption(
        option(kCheck, QStringLiteral("With --batch: check the memory manager's invariants after every command.")));
    m_parser.addOption(
        option(kStateHash, QStringLiteral("With --batch: print a digest of the whole machine after the script.")));
    m_parser.addOption(option(kSession,
        QStringLiteral("With --batch: open a saved session first (its machine, its commands replayed, at its "
                       "position), then run the script on it. (Without --batch it is Qt's session-management id, "
                       "which a desktop session manager passes.)"),
        QStringLiteral("file")));
    m_parser.addOption(option(kSaveSession,
        QStringLiteral("With --batch: save the session (the machine's size and every recorded command) after the "
                       "script."),
        QStringLiteral("file")));
    m_parser.addOption(
        option(kExport, QStringLiteral("With --batch: write every diagram as SVG and PNG into <dir> after the script."),
            QStringLiteral("dir")));
    m_parser.addOption(option(kExportFormat,
        QStringLiteral("With --export: the formats, from svg, png and pdf, separated by commas (default svg,png)."),
        QStringLiteral("list")));
    m_parser.addOption(option(kExportWidth,
        QStringLiteral("With --export: each diagram's width on paper, 20 to 1000 mm; its layout then makes the "
                       "smallest text --export-font points (default: the natural size at 96 dpi)."),
        QStringLiteral("mm")));
    m_parser.addOption(option(kExportFont,
        QStringLiteral("With --export-width: the smallest text size wanted, 4 to 30 pt (default 7)."),
        QStringLiteral("pt")));
    m_parser.addOption(option(kScript,
        QStringLiteral("Run <file> in the window at start-up: a path, or the name of an installed scenario such as "
                       "default-demo."),
        QStringLiteral("file")));
    m_parser.addOption(option(
        kScreenshot, QStringLiteral("Save the window as a PNG once it is shown, then quit."), QStringLiteral("file")));
    m_parser.addOption(option(kLesson,
        QStringLiteral("Open a lesson in the lesson player at start-up: a file, or a built-in lesson's name such as "
                       "the-self-map."),
        QStringLiteral("name")));
    m_parser.addOption(option(kRecover,
        QStringLiteral("Restore the session that a window which did not close normally (a crash, a kill) was "
                       "running, without asking first.")));
    m_parser.addOption(option(kPresentation,
        QStringLiteral("Start in presentation mode: full screen, the page directory and the chosen panels, zoomed "
                       "(F11 or Escape leaves it).")));
    m_parser.addOption(option(kLang,
        QStringLiteral("The interface's language: ko (Korean), zh (Simplified Chinese) or en (English); also for "
                       "--export's diagrams (default: the one chosen in View > Language, else the system's)."),
        QStringLiteral("lang")));
    m_parser.addOption(
        option(kLogLevel, QStringLiteral("Diagnostics: trace, debug, info, warn, error or off (default info)."),
            QStringLiteral("level")));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("script"),
        QStringLiteral("With --batch, the script to run (- for standard input); without it, a script to open in "
                       "the window, to run with F5 or a command at a time with F10, or a saved session (.mmvis) "
                       "to open."),
        QStringLiteral("[script]"));
    for (const QtOption& qt : kQtOptions)
        m_parser.addOption(hidden(qt));
}

QString ProgramOptionsParser::helpText() const
{
    QString text = m_parser.helpText();
    if (!m_helpWithQtOptions)
        return text;
    text += QStringLiteral("\nQt's options, read by QApplication (see qt6options(7)):\n");
    for (const QtOption& qt : kQtOptions) {
        const QString value = *qt.value ? QStringLiteral(" <%1>").arg(QString::fromLatin1(qt.value)) : QString();
        text += QStringLiteral("  -%1%2\n").arg(QString::fromLatin1(qt.name), value);
    }
    return text;
}

bool ProgramOptionsParser::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ProgramOptionsParser::parse(const QStringList& arguments)
{
    m_options = {};
    m_error.clear();
    m_helpWithQtOptions = false;
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        m_options.mode = ProgramOptions::Mode::Help;
        m_helpWithQtOptions = m_parser.isSet(QStringLiteral("help-all"));
        return true;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_options.mode = ProgramOptions::Mode::Version;
        return true;
    }
    m_options.mode = m_parser.isSet(kBatch) ? ProgramOptions::Mode::Batch : ProgramOptions::Mode::Window;
    return readValues() && checkCombinations();
}

bool ProgramOptionsParser::readValues()
{
    ProgramOptions& o = m_options;
    for (const QString& name : {kRam, kPageFile}) {
        if (!m_parser.isSet(name))
            continue;
        const QString text = m_parser.value(name);
        const auto bytes = mm::dbg::parseSize(text.toStdString());
        if (!bytes)
            return fail(QStringLiteral("--%1: '%2' is not a size (examples: 16M, 128M, 4G)").arg(name, text));
        (name == kRam ? o.machine.ramBytes : o.machine.pageFileBytes) = *bytes;
    }
    if (m_parser.isSet(kMaxProcesses)) {
        const QString text = m_parser.value(kMaxProcesses);
        bool ok = false;
        const uint n = text.toUInt(&ok, 10);
        if (!ok || n < 1 || n > 4096)
            return fail(QStringLiteral("--max-processes: '%1' is not a number from 1 to 4096").arg(text));
        o.machine.maxProcesses = n;
    }
    if (m_parser.isSet(kLogLevel)) {
        o.logLevel = m_parser.value(kLogLevel);
        static const QStringList levels {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
            QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("off")};
        if (!levels.contains(o.logLevel))
            return fail(QStringLiteral("--log-level: '%1' is not one of %2")
                            .arg(o.logLevel, levels.join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(kExportFormat)) {
        o.exportFormats = m_parser.value(kExportFormat).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& f : o.exportFormats) {
            if (f != QLatin1String("svg") && f != QLatin1String("png") && f != QLatin1String("pdf"))
                return fail(QStringLiteral("--export-format: '%1' is not svg, png or pdf").arg(f));
        }
        if (o.exportFormats.isEmpty())
            return fail(QStringLiteral("--export-format: name at least one of svg, png, pdf"));
    }
    for (const auto& [name, value, low, high] : {std::tuple {kExportWidth, &o.exportWidthMm, 20.0, 1000.0},
             std::tuple {kExportFont, &o.exportFontPt, 4.0, 30.0}}) {
        if (!m_parser.isSet(name))
            continue;
        bool ok = false;
        *value = m_parser.value(name).toDouble(&ok);
        if (!ok || *value < low || *value > high)
            return fail(QStringLiteral("--%1: '%2' is not a number from %3 to %4")
                            .arg(name, m_parser.value(name))
                            .arg(low)
                            .arg(high));
    }
    o.machine.trace = m_parser.isSet(kTrace);
    o.machine.check = m_parser.isSet(kCheck);
    o.machine.stateHash = m_parser.isSet(kStateHash);
    if (o.mode == ProgramOptions::Mode::Batch)
        o.machine.session = m_parser.value(kSession).toStdString();
    o.machine.saveSession = m_parser.value(kSaveSession).toStdString();
    o.exportDir = m_parser.value(kExport);
    o.startupScript = m_parser.value(kScript);
    o.screenshot = m_parser.value(kScreenshot);
    o.presentation = m_parser.isSet(kPresentation);
    o.recover = m_parser.isSet(kRecover);
    o.lesson = m_parser.value(kLesson);
    if (m_parser.isSet(kLang)) {
        o.language = languageCode(m_parser.value(kLang));
        if (o.language.isEmpty())
            return fail(QStringLiteral("--lang: '%1' is not ko, zh or en").arg(m_parser.value(kLang)));
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1)
        return fail(QStringLiteral("one script at a time, not %1 ('%2')")
                        .arg(positional.size())
                        .arg(positional.join(QStringLiteral("', '"))));
    if (!positional.isEmpty()) {
        if (o.mode == ProgramOptions::Mode::Batch)
            o.batchScript = positional.first();
        else if (positional.first().endsWith(QLatin1String(".mmvis"), Qt::CaseInsensitive))
            o.openSession = positional.first();
        else
            o.openScript = positional.first();
    }
    return true;
}

bool ProgramOptionsParser::checkCombinations()
{
    const bool batch = m_options.mode == ProgramOptions::Mode::Batch;
    for (const QString& name : {kMaxProcesses, kTrace, kCheck, kStateHash, kExport, kSaveSession}) {
        if (!batch && m_parser.isSet(name))
            return fail(QStringLiteral("--%1 works with --batch").arg(name));
    }
    for (const QString& name : {kScript, kScreenshot, kPresentation, kRecover, kLesson}) {
        if (batch && m_parser.isSet(name))
            return fail(QStringLiteral("--%1 is for the window; it does not work with --batch").arg(name));
    }
    for (const QString& name : {kExportFormat, kExportWidth, kExportFont}) {
        if (m_parser.isSet(name) && !m_parser.isSet(kExport))
            return fail(QStringLiteral("--%1 works with --export").arg(name));
    }
    if (batch && m_parser.isSet(kLang) && !m_parser.isSet(kExport))
        return fail(QStringLiteral("--lang is for the window and --export; a batch transcript is always English, as "
                                   "WinDbg's output is"));
    if (m_parser.isSet(kExportFont) && !m_parser.isSet(kExportWidth))
        return fail(QStringLiteral("--export-font works with --export-width"));
    for (const QString& name : {kRam, kPageFile, kMaxProcesses}) {
        if (batch && m_parser.isSet(name) && m_parser.isSet(kSession))
            return fail(
                QStringLiteral("--%1 does not work with --session: the session says its machine's size").arg(name));
    }
    if (m_parser.isSet(kMaxProcesses) && m_parser.isSet(kExport))
        return fail(QStringLiteral("--max-processes does not work with --export"));
    if (!m_options.openSession.isEmpty() && (!m_options.startupScript.isEmpty() || m_options.recover))
        return fail(QStringLiteral("open either the session %1 or %2, not both")
                        .arg(m_options.openSession,
                            m_options.recover ? QStringLiteral("the last one (--recover)") : m_options.startupScript));
    if (m_options.mode == ProgramOptions::Mode::Window && !m_options.openScript.isEmpty()
        && !m_options.startupScript.isEmpty())
        return fail(QStringLiteral("either --script %1 or a script to open (%2), not both")
                        .arg(m_options.startupScript, m_options.openScript));
    return true;
}

} // namespace mmvis
