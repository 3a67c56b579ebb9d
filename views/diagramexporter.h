#pragma once

#include "diagram.h"

#include <QString>

namespace mmvis {

// Writes a Diagram to a file: SVG and PDF as vector drawings, PNG as pixels at a scale.
class DiagramExporter {
public:
    enum class Format { Svg, Png, Pdf };
    struct Options {
        qreal scale = 2.0; // PNG only: device pixels per diagram pixel
        Palette::Variant variant = Palette::Variant::Screen;
    };

    static bool write(
        Diagram& diagram, const QString& path, Format format, const Options& options, QString* error = nullptr);
    // By the file name's extension; false (with an error) for anything else.
    static bool write(Diagram& diagram, const QString& path, const Options& options, QString* error = nullptr);
    static QString extension(Format format);
};

} // namespace mmvis
