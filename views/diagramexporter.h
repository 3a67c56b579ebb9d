#pragma once

#include "diagram.h"

#include <QString>

#include <optional>

class QCPPainter;
class QWidget;

namespace mmvis {

// Writes a Diagram to a file: SVG and PDF as vector drawings, PNG as pixels at a scale.
class DiagramExporter {
public:
    enum class Format { Svg, Png, Pdf };
    struct Options {
        qreal scale = 2.0; // PNG only: device pixels per diagram pixel
        Palette::Variant variant = Palette::Variant::Screen;
        // Print size: the diagram's width on paper (0: its natural size at 96 dpi) and the
        // smallest text size wanted there. The diagram is laid out at a size that makes its
        // labels that large once scaled to that width.
        qreal widthMm = 0;
        qreal fontPt = 7;
    };
    // The size a diagram is laid out at for these options, in diagram pixels.
    static QSizeF layoutSize(const Diagram& diagram, const Options& options);
    // Its size on paper, in millimetres.
    static QSizeF paperSizeMm(const Diagram& diagram, const Options& options);
    static constexpr qreal kLabelPixels = 9; // the smallest text diagrams draw, in diagram pixels

    static bool write(
        Diagram& diagram, const QString& path, Format format, const Options& options, QString* error = nullptr);
    // By the file name's extension; false (with an error) for anything else.
    static bool write(Diagram& diagram, const QString& path, const Options& options, QString* error = nullptr);
    // Asks where (a save dialog in the last export folder, remembered), writes the diagram
    // there, and warns when it cannot: the path written, or empty.
    static QString writeWithDialog(QWidget* parent, Diagram& diagram, const Options& options);
    static QString extension(Format format);
    // The format a file name's extension names (svg, png or pdf, any case); none otherwise.
    static std::optional<Format> formatOf(const QString& path);

    // While write() renders, the painter it renders with: a QCPPainter, which a QCustomPlot
    // chart can draw with directly (QPainter has no virtual functions to tell one from it).
    static QCPPainter* activePainter();
};

} // namespace mmvis
