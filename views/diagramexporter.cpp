#include "diagramexporter.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace mmvis {

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

bool DiagramExporter::write(Diagram& diagram, const QString& path, const Options& options, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format f : {Format::Svg, Format::Png, Format::Pdf}) {
        if (suffix == extension(f))
            return write(diagram, path, f, options, error);
    }
    if (error)
        *error = QStringLiteral("%1: unknown format (use .svg, .png or .pdf)").arg(path);
    return false;
}

bool DiagramExporter::write(
    Diagram& diagram, const QString& path, Format format, const Options& options, QString* error)
{
    const QSizeF size = diagram.naturalSize();
    const QRectF target(QPointF(0, 0), size);
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    switch (format) {
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(target);
        svg.setTitle(diagram.diagramTitle());
        svg.setDescription(QStringLiteral("Exported by mmvis"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(QStringLiteral("cannot be written"));
        diagram.render(painter, target, options.variant);
        painter.end();
        return true;
    }
    case Format::Png: {
        QImage image((size * options.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(options.scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        diagram.render(painter, target, options.variant);
        painter.end();
        return image.save(path, "PNG") || fail(QStringLiteral("cannot be written"));
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(diagram.diagramTitle());
        pdf.setCreator(QStringLiteral("mmvis"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(size, QPageSize::Point)); // one page, the diagram's size
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(QStringLiteral("cannot be written"));
        // Points (1/72 in) to the writer's 96 dpi device: scale so the whole diagram fits the page.
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        const qreal s = std::min(page.width() / size.width(), page.height() / size.height());
        painter.scale(s, s);
        painter.setRenderHint(QPainter::Antialiasing);
        diagram.render(painter, target, options.variant);
        painter.end();
        return true;
    }
    }
    return fail(QStringLiteral("unknown format"));
}

} // namespace mmvis
