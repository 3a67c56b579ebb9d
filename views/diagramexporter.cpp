#include "diagramexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace mmvis {

namespace {
QCPPainter* g_activePainter = nullptr;

// Renders with the painter made known to charts for the while.
void renderWith(Diagram& diagram, QCPPainter& painter, const QRectF& target, Palette::Variant variant)
{
    g_activePainter = &painter;
    diagram.render(painter, target, variant);
    g_activePainter = nullptr;
}
} // namespace

QCPPainter* DiagramExporter::activePainter()
{
    return g_activePainter;
}

QString DiagramExporter::writeWithDialog(QWidget* parent, Diagram& diagram, const Options& options)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/directory")).toString();
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("mmvis::DiagramExporter", "Export %1").arg(diagram.diagramName()),
        QDir(dir).filePath(diagram.diagramName() + QStringLiteral(".svg")),
        QCoreApplication::translate(
            "mmvis::DiagramExporter", "SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return {};
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    QString error;
    if (!write(diagram, path, options, &error)) {
        QMessageBox::warning(parent, QCoreApplication::translate("mmvis::DiagramExporter", "Export"), error);
        return {};
    }
    return path;
}

QString DiagramExporter::extension(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<DiagramExporter::Format> DiagramExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format f : {Format::Svg, Format::Png, Format::Pdf}) {
        if (suffix == extension(f))
            return f;
    }
    return std::nullopt;
}

bool DiagramExporter::write(Diagram& diagram, const QString& path, const Options& options, QString* error)
{
    if (const auto format = formatOf(path))
        return write(diagram, path, *format, options, error);
    if (error)
        *error = QStringLiteral("%1: unknown format (use .svg, .png or .pdf)").arg(path);
    return false;
}

QSizeF DiagramExporter::layoutSize(const Diagram& diagram, const Options& options)
{
    const QSizeF natural = diagram.naturalSize();
    if (options.widthMm <= 0)
        return natural;
    // A label of kLabelPixels must come out at fontPt (1 pt = 25.4 / 72 mm) on a width of
    // widthMm: lay the diagram out at the width that makes it so (never wider than natural).
    const qreal labelMm = options.fontPt * 25.4 / 72;
    const qreal inches = options.widthMm / 25.4;
    const qreal wanted = std::clamp(kLabelPixels * options.widthMm / labelMm,
        std::min(diagram.minimumLayoutWidth(), natural.width()), natural.width());
    // A whole number of diagram pixels per inch (an SVG's resolution is an integer), rounded
    // down: the text comes out no smaller than asked.
    const qreal width = std::max(1.0, std::floor(wanted / inches)) * inches;
    return QSizeF(width, diagram.layoutHeight(width));
}

QSizeF DiagramExporter::paperSizeMm(const Diagram& diagram, const Options& options)
{
    const QSizeF size = layoutSize(diagram, options);
    const qreal width = options.widthMm > 0 ? options.widthMm : size.width() * 25.4 / 96;
    return QSizeF(width, width * size.height() / size.width());
}

bool DiagramExporter::write(
    Diagram& diagram, const QString& path, Format format, const Options& options, QString* error)
{
    const QSizeF size = layoutSize(diagram, options);
    const QSizeF paper = paperSizeMm(diagram, options);
    const QRectF target(QPointF(0, 0), size);
    auto cannotWrite = [] { return QCoreApplication::translate("mmvis::DiagramExporter", "cannot be written"); };
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    switch (format) {
    case Format::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(target);
        // The resolution that makes the drawing paper's width wide (the SVG says it in mm).
        svg.setResolution(int(std::lround(size.width() / (paper.width() / 25.4))));
        svg.setTitle(diagram.diagramTitle());
        svg.setDescription(QStringLiteral("Exported by mmvis"));
        QCPPainter painter; // a QPainter that QCustomPlot can also draw with directly
        if (!painter.begin(&svg))
            return fail(cannotWrite());
        renderWith(diagram, painter, target, options.variant);
        painter.end();
        // Each text names its font and then fonts with Korean and Chinese glyphs, so a viewer
        // without the first still draws the labels (the interface's language first).
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const QByteArray fallbacks = chinese
            ? QByteArrayLiteral(", 'Noto Sans CJK SC', 'Noto Sans CJK KR', 'Noto Sans CJK JP', sans-serif\"")
            : QByteArrayLiteral(", 'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif\"");
        QByteArray content = buffer.data();
        static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
        QByteArray out;
        qsizetype at = 0;
        const QString text = QString::fromUtf8(content);
        for (auto it = family.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += text.mid(at, m.capturedStart() - at).toUtf8();
            out += "font-family=\"" + m.captured(1).toUtf8() + fallbacks;
            at = m.capturedEnd();
        }
        out += text.mid(at).toUtf8();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
            return fail(cannotWrite());
        return true;
    }
    case Format::Png: {
        QImage image((size * options.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(options.scale);
        image.fill(Qt::white);
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderWith(diagram, painter, target, options.variant);
        painter.end();
        return image.save(path, "PNG") || fail(cannotWrite());
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(diagram.diagramTitle());
        pdf.setCreator(QStringLiteral("mmvis"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(paper, QPageSize::Millimeter)); // one page, the diagram's print size
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter;
        if (!painter.begin(&pdf))
            return fail(cannotWrite());
        // Points (1/72 in) to the writer's 96 dpi device: scale so the whole diagram fits the page.
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        const qreal s = std::min(page.width() / size.width(), page.height() / size.height());
        painter.scale(s, s);
        painter.setRenderHint(QPainter::Antialiasing);
        renderWith(diagram, painter, target, options.variant);
        painter.end();
        return true;
    }
    }
    return fail(QCoreApplication::translate("mmvis::DiagramExporter", "unknown format"));
}

} // namespace mmvis
