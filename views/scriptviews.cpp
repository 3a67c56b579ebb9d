#include "scriptviews.h"

#include "simulationcontroller.h"

#include <QDir>
#include <QFileInfo>

#include <ostream>

namespace mmvis {

ScriptViews::ScriptViews(SimulationController& controller, const QString& exportDir,
    const QList<DiagramExporter::Format>& formats, const DiagramExporter::Options& options)
    : m_controller(controller)
    , m_dir(exportDir)
    , m_formats(formats)
    , m_options(options)
{
}

QString ScriptViews::defaultPath(
    const QString& dir, const QString& diagram, quint64 step, DiagramExporter::Format format)
{
    return QDir(dir).filePath(
        QStringLiteral("%1-step%2.%3").arg(diagram).arg(step).arg(DiagramExporter::extension(format)));
}

std::string ScriptViews::handle(const mm::dbg::ViewRequest& request, std::ostream& out)
{
    using Kind = mm::dbg::ViewRequest::Kind;
    switch (request.kind) {
    case Kind::None:
        return {};
    case Kind::SelectProcess:
        m_choice.cid = quint16(request.value);
        m_choice.table.reset(); // its page tables are another process's
        return {};
    case Kind::SelectVa:
        m_choice.va = request.value;
        return {};
    case Kind::SelectPfn:
        m_choice.pfn = request.value;
        return {};
    case Kind::SelectTable:
        m_choice.table = int(request.value);
        return {};
    case Kind::SelectDirectory:
        m_choice.table.reset();
        return {};
    case Kind::SelectLists:
        m_choice.lists = request.value;
        return {};
    case Kind::Export:
        return exportDiagrams(request, out);
    }
    return {};
}

std::string ScriptViews::exportDiagrams(const mm::dbg::ViewRequest& request, std::ostream& out)
{
    const DiagramSet set(m_controller, m_choice);
    const QString name = QString::fromStdString(request.diagram);
    std::vector<Diagram*> diagrams;
    if (name == QLatin1String("all")) {
        diagrams = set.diagrams();
    } else if (Diagram* d = set.diagram(name)) {
        diagrams.push_back(d);
    } else {
        return name == QLatin1String("page-table")
            ? "this process has no page table to show yet (.select table <PDE index> picks one)"
            : "there is no other process to compare with yet";
    }
    // A file (its extension gives the format), or a folder for the default names.
    const QString path = QString::fromStdString(request.path);
    const std::optional<DiagramExporter::Format> fileFormat = DiagramExporter::formatOf(path);
    const bool file = fileFormat.has_value();
    if (file && diagrams.size() > 1)
        return "'.export all' writes several files: give a folder, not '" + request.path + "'";
    const QString base = path.isEmpty() ? m_dir : QDir(m_dir).filePath(path); // relative to the export folder
    if (!QDir().mkpath(file ? QFileInfo(base).absolutePath() : base))
        return "cannot create the folder for '" + base.toStdString() + "'";
    for (Diagram* d : diagrams) {
        const QList<DiagramExporter::Format> formats = file ? QList {*fileFormat} : m_formats;
        for (auto format : formats) {
            const QString target = file ? base : defaultPath(base, d->diagramName(), m_controller.step(), format);
            QString error;
            if (!DiagramExporter::write(*d, target, format, m_options, &error))
                return error.toStdString();
            out << "exported " << target.toStdString() << "\n";
        }
    }
    return {};
}

} // namespace mmvis
