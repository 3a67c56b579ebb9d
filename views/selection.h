#pragma once

#include <QObject>

#include <optional>

namespace mmvis {

// What the user is looking at, shared by every view: the process, a virtual address (and
// so a PDE and PTE), a physical frame, and the second process of the compare view.
// Selecting in any view sets it here; every view follows.
class Selection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    quint16 cid() const { return m_cid; }
    std::optional<quint32> va() const { return m_va; }
    std::optional<quint32> pfn() const { return m_pfn; }
    quint16 compareCid() const { return m_compareCid; }

    void setCid(quint16 cid);
    void setVa(std::optional<quint32> va);
    void setPfn(std::optional<quint32> pfn);
    void setCompareCid(quint16 cid);

signals:
    void processChanged(quint16 cid);
    void vaChanged(std::optional<quint32> va);
    void pfnChanged(std::optional<quint32> pfn);
    void compareChanged(quint16 cid);

private:
    quint16 m_cid = 8; // System
    std::optional<quint32> m_va;
    std::optional<quint32> m_pfn;
    quint16 m_compareCid = 0;
};

} // namespace mmvis
