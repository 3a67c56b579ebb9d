#pragma once

#include "dbg/batchrunner.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace mmvis {

// What mmvis was asked to do on its command line.
struct ProgramOptions {
    enum class Mode { Window, Batch, Help, Version };
    Mode mode = Mode::Window;
    mm::dbg::BatchOptions machine; // RAM, paging file, and what a batch run prints
    QString batchScript = QStringLiteral("-"); // --batch: a file, or - for standard input
    QString exportDir; // --batch --export: every diagram goes here after the script
    QStringList exportFormats {QStringLiteral("svg"), QStringLiteral("png")}; // --export-format
    double exportWidthMm = 0; // --export-width: print width (0: natural size)
    double exportFontPt = 7; // --export-font: the smallest text at that width
    QString startupScript; // --script: a file, or the name of an installed scenario
    QString openScript; // the positional script without --batch: loaded in the window, not run
    QString openSession; // the positional file without --batch when it is a session (.mmvis)
    QString lesson; // --lesson: a lesson file, or a built-in lesson's name
    QString language; // --lang, as a language code ("ko", "zh_CN", "en"); empty: not given
    bool recover = false; // --recover: restore a crashed window's autosave without asking
    QString screenshot; // --screenshot: save the window as PNG once shown, then quit
    bool presentation = false; // --presentation: start in presentation mode
    QString logLevel = QStringLiteral("info");
};

// mmvis's command line, parsed by QCommandLineParser without a QCoreApplication, so that
// --batch runs never create one. Qt's own GUI options (-style Fusion, -platform offscreen,
// -reverse, ...) are accepted and left to QApplication, which reads them from argv.
class ProgramOptionsParser {
public:
    ProgramOptionsParser();

    // `arguments` starts with the program's name, like argv. False on bad options; error()
    // then says what was wrong in one line.
    bool parse(const QStringList& arguments);
    const ProgramOptions& options() const { return m_options; }
    const QString& error() const { return m_error; }

    // The generated --help text (with --help-all, followed by Qt's own options). Needs a
    // QCoreApplication: Qt takes the program's name from it.
    QString helpText() const;

private:
    bool fail(const QString& message);
    bool readValues();
    bool checkCombinations();

    QCommandLineParser m_parser;
    ProgramOptions m_options;
    QString m_error;
    bool m_helpWithQtOptions = false;
};

} // namespace mmvis
