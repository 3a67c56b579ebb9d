#pragma once

#include "diagramexporter.h"
#include "diagramset.h"

#include "dbg/viewrequest.h"

#include <QList>
#include <QString>

#include <iosfwd>
#include <string>

namespace mmvis {

class SimulationController;

// Carries out a script's .select and .export: the choices add up (the process, the
// address, the frame, the page table shown), and each .export lays the diagrams out for
// the machine as it is at that line, so one script can export the same diagram at several
// steps. Used by mmvis --batch --export and by the window.
class ScriptViews {
public:
    ScriptViews(SimulationController& controller, const QString& exportDir,
        const QList<DiagramExporter::Format>& formats, const DiagramExporter::Options& options);

    // Prints "exported <file>" for each file written; returns why it could not, or nothing.
    std::string handle(const mm::dbg::ViewRequest& request, std::ostream& out);
    const DiagramSet::Choice& choice() const { return m_choice; }
    void setChoice(const DiagramSet::Choice& choice) { m_choice = choice; }

    // What an .export without a file writes: <dir>/<diagram>-step<N>.<format>.
    static QString defaultPath(
        const QString& dir, const QString& diagram, quint64 step, DiagramExporter::Format format);

private:
    std::string exportDiagrams(const mm::dbg::ViewRequest& request, std::ostream& out);

    SimulationController& m_controller;
    QString m_dir;
    QList<DiagramExporter::Format> m_formats;
    DiagramExporter::Options m_options;
    DiagramSet::Choice m_choice;
};

} // namespace mmvis
