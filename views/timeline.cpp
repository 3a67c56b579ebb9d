#include "timeline.h"

#include "palette.h"
#include "simulationcontroller.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace mmvis {

namespace {

QString positionLabel(size_t position, size_t end)
{
    return Timeline::tr("Position %1 of %2").arg(position).arg(end);
}

} // namespace

Timeline::Timeline(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Click or drag to go to a position; Left/Right step back or forward, Home/End go to the "
                  "start or the last recorded command"));
    auto refresh = [this] {
        setAccessibleDescription(positionLabel(m_controller.position(), m_controller.end()));
        update();
    };
    connect(&m_controller, &SimulationController::commandFinished, this, refresh);
    connect(&m_controller, &SimulationController::machineReset, this, refresh);
}

QSize Timeline::sizeHint() const
{
    return {600, fontMetrics().height() * 2};
}

QSize Timeline::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(positionLabel(99999, 99999)) + 80, fontMetrics().height() * 2};
}

QRect Timeline::track() const
{
    const int label = fontMetrics().horizontalAdvance(positionLabel(m_controller.end(), m_controller.end())) + 16;
    const int pad = fontMetrics().height() / 2;
    return QRect(label + pad, 0, std::max(1, width() - label - 2 * pad), height());
}

int Timeline::xOf(size_t position) const
{
    const QRect t = track();
    const size_t end = std::max<size_t>(1, m_controller.end());
    return t.left() + int(std::lround(double(std::min(position, end)) * (t.width() - 1) / double(end)));
}

size_t Timeline::positionAt(int x) const
{
    const QRect t = track();
    const size_t end = m_controller.end();
    if (end == 0 || t.width() <= 1)
        return 0;
    const double f = std::clamp(double(x - t.left()) / double(t.width() - 1), 0.0, 1.0);
    return size_t(std::lround(f * double(end)));
}

void Timeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const size_t end = m_controller.end();
    const size_t here = m_controller.position();
    const QPalette& pal = palette();

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(4, 0, track().left() - 8, height()), Qt::AlignVCenter | Qt::AlignLeft, positionLabel(here, end));

    const QRect t = track();
    const int mid = height() / 2;
    const int bar = std::max(4, height() / 6);
    // The track: the past up to the position in the highlight colour, the recorded future pale.
    const QColor future = pal.color(QPalette::Mid);
    p.setPen(Qt::NoPen);
    p.setBrush(future);
    p.drawRoundedRect(QRectF(t.left(), mid - bar / 2.0, t.width(), bar), bar / 2.0, bar / 2.0);
    p.setBrush(Palette::highlight());
    p.drawRoundedRect(QRectF(t.left(), mid - bar / 2.0, xOf(here) - t.left() + bar / 2.0, bar), bar / 2.0, bar / 2.0);

    // A mark per recorded command while they are at least 4 pixels apart.
    if (end > 0 && double(t.width()) / double(end) >= 4.0) {
        p.setPen(QPen(pal.color(QPalette::WindowText), 1));
        for (size_t n = 1; n <= end; ++n) {
            const int x = xOf(n);
            p.drawLine(QPointF(x, mid - bar), QPointF(x, mid + bar));
        }
    }

    // The current position: a diamond on the track.
    const double r = bar * 1.4;
    QPainterPath marker;
    const double x = xOf(here);
    marker.moveTo(x, mid - r);
    marker.lineTo(x + r, mid);
    marker.lineTo(x, mid + r);
    marker.lineTo(x - r, mid);
    marker.closeSubpath();
    p.setPen(QPen(pal.color(QPalette::Base), 1.5));
    p.setBrush(Palette::highlight());
    p.drawPath(marker);

    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void Timeline::goTo(size_t position)
{
    if (position != m_controller.position() && position <= m_controller.end())
        emit goToRequested(position);
}

void Timeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_controller.end() > 0)
        goTo(positionAt(int(event->position().x())));
}

void Timeline::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && m_controller.end() > 0)
        goTo(positionAt(int(event->position().x())));
}

void Timeline::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        if (m_controller.position() > 0)
            goTo(m_controller.position() - 1);
        return;
    case Qt::Key_Right:
        goTo(m_controller.position() + 1);
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(m_controller.end());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool Timeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // The command at the hovered position.
        const auto* help = static_cast<QHelpEvent*>(event);
        if (m_controller.end() > 0 && track().contains(help->pos())) {
            const size_t n = positionAt(help->pos().x());
            QToolTip::showText(help->globalPos(),
                n == 0 ? tr("Position 0: just booted")
                       : tr("Position %1: %2").arg(n).arg(m_controller.recordedCommand(n)),
                this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace mmvis
