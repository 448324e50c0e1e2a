#include "visitortablemodel.h"

#include "displayformat.h"
#include "evidencetext.h"
#include "plaintext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
constexpr quint32 bit(int column)
{
    return 1u << column;
}
constexpr quint32 AllColumns = (1u << VisitorTableModel::ColumnCount) - 1;

int cmp(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}
} // namespace

VisitorTableModel::VisitorTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int VisitorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 VisitorTableModel::visibleDwellMs(const VisitorSnapshot &v, qint64 now)
{
    return v.visibleMs + (v.hidden ? 0 : std::max<qint64>(0, now - v.visibleAsOf));
}

qint64 VisitorTableModel::wallDwellMs(const VisitorSnapshot &v, qint64 now)
{
    return std::max<qint64>(0, now - v.enteredAt);
}

int VisitorTableModel::compare(const VisitorSnapshot &a, const VisitorSnapshot &b, int column,
                               qint64 now)
{
    switch (column) {
    case Who: {
        // Verified customers by id, then anonymous visitors by number.
        if (a.identity.verified() != b.identity.verified())
            return a.identity.verified() ? -1 : 1;
        if (a.identity.verified()) {
            if (const int c = a.identity.customerId.compare(b.identity.customerId))
                return c;
        }
        return cmp(a.number, b.number);
    }
    case State:
        if (const int c =
                    cmp(format::stateUrgency(a.state.name), format::stateUrgency(b.state.name)))
            return c;
        return cmp(a.state.since, b.state.since);
    case Page:
        if (const int c = format::pageTitle(a.page).compare(format::pageTitle(b.page),
                                                            Qt::CaseInsensitive))
            return c;
        return a.page.url.compare(b.page.url);
    case Dwell:
        return cmp(visibleDwellMs(a, now), visibleDwellMs(b, now));
    case TimeOnSite:
        return cmp(b.startedAt, a.startedAt); // earlier start = longer on site
    case Scroll:
        return cmp(a.scrollDepth, b.scrollDepth);
    case Pages:
        return cmp(a.pageCount, b.pageCount);
    case Help:
        return cmp(a.openHelp, b.openHelp);
    case ClaimedBy:
        return a.claimedBy.name.compare(b.claimedBy.name, Qt::CaseInsensitive);
    default:
        return 0;
    }
}

QVariant VisitorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitorSnapshot &v = m_rows.at(index.row());
    const int column = index.column();
    const qint64 now = m_clock->nowMs();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Who:
            return visitorDisplayName(v.identity, v.number);
        case State:
            return format::stateName(v.state.name);
        case Page:
            return format::pageTitle(v.page);
        case Dwell:
            return format::duration(visibleDwellMs(v, now));
        case TimeOnSite:
            return format::duration(now - v.startedAt);
        case Scroll:
            return u"%1%"_s.arg(v.scrollDepth);
        case Pages:
            return v.pageCount;
        case Help:
            return v.openHelp > 0 ? QVariant(v.openHelp) : QVariant(QString());
        case ClaimedBy:
            return v.claimedBy.name.isEmpty() ? v.claimedBy.user : v.claimedBy.name;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(v, column, now);
    case Qt::AccessibleTextRole: {
        switch (column) {
        case Who: {
            QString s = visitorDisplayName(v.identity, v.number);
            if (v.identity.verified())
                s += u", "_s + tr("verified customer");
            const QString detail = data(index, DetailRole).toString();
            if (!detail.isEmpty())
                s += u", "_s + detail;
            return s;
        }
        case State:
            return QString(format::stateName(v.state.name) + u": "_s +
                           describeEvidence(v.state.evidence));
        case Page:
            return QString(format::pageTitle(v.page) + u", "_s + v.page.url);
        case Scroll:
            return QString(tr("scrolled %1 percent").arg(v.scrollDepth) +
                           (m_scrolling.contains(v.id) ? QString(u", "_s + tr("scrolling now"))
                                                       : QString()));
        case Help:
            return v.openHelp > 0 ? tr("%n open help request(s)", nullptr, v.openHelp)
                                  : tr("no help requested");
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    case Qt::TextAlignmentRole:
        switch (column) {
        case Dwell:
        case TimeOnSite:
        case Pages:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case Help:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case SessionIdRole:
        return v.id;
    case StateRole:
        return int(v.state.name);
    case VerifiedRole:
        return v.identity.verified();
    case DetailRole: {
        QStringList parts;
        const QString age = format::ageBand(v.identity.age);
        if (!age.isEmpty())
            parts << age;
        const QString g = format::gender(v.identity.gender);
        if (!g.isEmpty())
            parts << g;
        parts << format::device(v.device);
        return parts.join(u" · "_s);
    }
    case ConnectedRole:
        return v.connected;
    case UrlRole:
        return v.page.url;
    case ScrollDepthRole:
        return v.scrollDepth;
    case MaxScrollDepthRole:
        return v.maxScrollDepth;
    case ScrollingRole:
        return v.lastScrollAt > 0 && now - v.lastScrollAt < ScrollMarkMs;
    case HelpCountRole:
        return v.openHelp;
    default:
        break;
    }
    return {};
}

QString VisitorTableModel::toolTip(const VisitorSnapshot &v, int column, qint64 now) const
{
    // Built as plain text, then escaped once: page titles, URLs and ids come from visitors.
    QString t;
    switch (column) {
    case Who: {
        t = visitorDisplayName(v.identity, v.number);
        t += u'\n' + (v.identity.verified() ? tr("Verified customer") : tr("Anonymous visitor"));
        const QString p = format::purchases(v.identity.purchases);
        if (!p.isEmpty())
            t += u'\n' + tr("Purchases: %1").arg(p);
        if (!v.lang.isEmpty())
            t += u'\n' + tr("Language: %1").arg(v.lang);
        if (!v.referrer.isEmpty())
            t += u'\n' + tr("Came from: %1").arg(v.referrer);
        break;
    }
    case State:
        t = format::stateName(v.state.name) + u" — "_s + format::stateMeaning(v.state.name) +
                u'\n' + describeEvidence(v.state.evidence) + u'\n' +
                tr("Since %1").arg(format::timeOfDay(v.state.since));
        break;
    case Page:
        t = format::pageTitle(v.page) + u'\n' + v.page.url + u'\n' + format::pageKind(v.page.kind);
        if (!v.page.productId.isEmpty())
            t += u" "_s + v.page.productId;
        if (!v.page.query.isEmpty())
            t += u'\n' + tr("Searched for: %1").arg(v.page.query);
        break;
    case Dwell:
        t = tr("Visible time on this page: %1").arg(format::duration(visibleDwellMs(v, now))) +
                u'\n' +
                tr("Wall time on this page: %1").arg(format::duration(wallDwellMs(v, now))) +
                u'\n' + tr("Entered at %1").arg(format::timeOfDay(v.enteredAt));
        if (v.hidden)
            t += u'\n' + tr("The tab is hidden: the visible time is paused.");
        break;
    case TimeOnSite:
        t = tr("On the site since %1").arg(format::timeOfDay(v.startedAt));
        break;
    case Scroll:
        t = tr("Scrolled to %1% of this page (deepest %2%)")
                    .arg(v.scrollDepth)
                    .arg(v.maxScrollDepth);
        if (v.lastScrollAt > 0 && now - v.lastScrollAt < ScrollMarkMs)
            t += u'\n' + tr("Scrolling now");
        break;
    case Pages:
        t = tr("%n page(s) viewed in this session", nullptr, v.pageCount);
        break;
    case Help:
        t = v.openHelp > 0 ? tr("%n open help request(s)", nullptr, v.openHelp)
                           : tr("No open help request");
        break;
    case ClaimedBy:
        t = v.claimedBy.isNull() ? tr("Not claimed")
                                 : tr("Claimed by %1 (%2)").arg(v.claimedBy.name, v.claimedBy.user);
        break;
    default:
        return {};
    }
    return plaintext::toolTip(t);
}

QVariant VisitorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Who:
            return tr("Visitor");
        case State:
            return tr("State");
        case Page:
            return tr("Current page");
        case Dwell:
            return tr("On page");
        case TimeOnSite:
            return tr("On site");
        case Scroll:
            return tr("Scroll");
        case Pages:
            return tr("Pages");
        case Help:
            return tr("Help");
        case ClaimedBy:
            return tr("Claimed by");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Dwell:
            return plaintext::toolTip(tr(
                    "Visible time on the current page; the wall time is in each cell's tooltip"));
        case TimeOnSite:
            return plaintext::toolTip(tr("Time since the session started"));
        case Scroll:
            return plaintext::toolTip(tr(
                    "How far down the page the visitor has seen; the mark shows live scrolling"));
        case Pages:
            return plaintext::toolTip(tr("Pages viewed in this session"));
        case Help:
            return plaintext::toolTip(tr("Open help requests"));
        default:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> VisitorTableModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractTableModel::roleNames();
    r.insert(SessionIdRole, "sessionId");
    r.insert(StateRole, "state");
    r.insert(VerifiedRole, "verified");
    return r;
}

const VisitorSnapshot *VisitorTableModel::visitor(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void VisitorTableModel::rebuildIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = fromRow; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void VisitorTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_scrolling.clear();
    endResetModel();
}

void VisitorTableModel::setSnapshot(const QList<VisitorSnapshot> &visitors)
{
    QSet<QString> changed;
    if (m_rows.isEmpty()) {
        beginResetModel();
        m_rows = visitors;
        m_scrolling.clear();
        rebuildIndex();
        endResetModel();
        for (const VisitorSnapshot &v : visitors)
            changed.insert(v.id);
        emit visitorsChanged(changed);
        return;
    }
    QHash<QString, int> incoming;
    incoming.reserve(visitors.size());
    for (int i = 0; i < visitors.size(); ++i)
        incoming.insert(visitors.at(i).id, i);

    // Remove the rows that are gone, in contiguous ranges from the bottom.
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!incoming.contains(m_rows.at(row).id))
            gone.append(row);
    }
    for (int i = int(gone.size()) - 1; i >= 0;) {
        int last = gone.at(i);
        int first = last;
        while (i > 0 && gone.at(i - 1) == first - 1)
            first = gone.at(--i);
        --i;
        beginRemoveRows({}, first, last);
        for (int r = last; r >= first; --r) {
            changed.insert(m_rows.at(r).id);
            m_scrolling.remove(m_rows.at(r).id);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
    // Update the rows that stay, then append the new ones.
    QList<VisitorSnapshot> fresh;
    QSet<QString> kept;
    for (const VisitorSnapshot &v : visitors) {
        const int row = rowOf(v.id);
        if (row >= 0) {
            m_rows[row] = v;
            kept.insert(v.id);
        } else {
            fresh.append(v);
        }
        changed.insert(v.id);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        rebuildIndex(first);
        endInsertRows();
    }
    emit visitorsChanged(changed);
}

void VisitorTableModel::applyToVisitor(VisitorSnapshot &v, const Change &c, quint32 *columns)
{
    switch (c.op) {
    case Change::Op::Page:
        if (!v.trail.isEmpty() && v.trail.last().leftAt == 0) {
            v.trail.last().leftAt = c.at;
            v.trail.last().visibleMs = c.prevVisibleMs;
        }
        v.trail.append(TrailEntry { c.page, c.at, 0, 0 });
        while (v.trail.size() > limits::TrailInSnapshot)
            v.trail.removeFirst();
        v.page = c.page;
        v.enteredAt = c.at;
        v.visibleMs = 0;
        v.visibleAsOf = c.at;
        v.pageCount = c.pageCount;
        v.scrollDepth = 0;
        v.maxScrollDepth = 0;
        v.lastEventAt = c.at;
        *columns |= bit(Page) | bit(Dwell) | bit(Scroll) | bit(Pages);
        break;
    case Change::Op::Scroll:
        v.scrollDepth = c.depth;
        v.maxScrollDepth = c.maxDepth;
        v.lastScrollAt = c.at;
        v.lastEventAt = c.at;
        *columns |= bit(Scroll);
        break;
    case Change::Op::Visibility:
        v.hidden = c.hidden;
        v.visibleMs = c.visibleMs;
        v.visibleAsOf = c.at;
        v.lastEventAt = c.at;
        *columns |= bit(Dwell);
        break;
    case Change::Op::State:
        v.state.name = c.state.to;
        v.state.since = c.at;
        v.state.evidence = c.state.evidence;
        *columns |= bit(State);
        break;
    case Change::Op::Connection:
        v.connected = c.connected;
        *columns |= AllColumns; // the whole row is drawn differently
        break;
    case Change::Op::Claim:
        v.claimedBy = c.claimedBy;
        *columns |= bit(ClaimedBy);
        break;
    case Change::Op::Help:
        ++v.openHelp;
        v.lastEventAt = c.help.at;
        *columns |= bit(Help);
        break;
    case Change::Op::HelpResolved:
        v.openHelp = std::max(0, v.openHelp - 1);
        *columns |= bit(Help);
        break;
    case Change::Op::Identity:
        v.identity = c.identity;
        *columns |= bit(Who);
        break;
    case Change::Op::Activity:
        v.lastEventAt = c.at;
        break;
    case Change::Op::Chat:
        if (c.chat.fromVisitor)
            v.lastEventAt = c.chat.at;
        break;
    default:
        break;
    }
}

void VisitorTableModel::applyChanges(const QList<Change> &changes)
{
    QHash<int, quint32> dirty; // row -> changed columns
    QSet<int> removals;
    QList<VisitorSnapshot> arrivals;
    QHash<QString, int> arrivalIndex;
    QSet<QString> changed;
    const qint64 now = m_clock->nowMs();

    for (const Change &c : changes) {
        QString id = c.id;
        if (c.op == Change::Op::Help || c.op == Change::Op::HelpResolved)
            id = c.help.sessionId;
        else if (c.op == Change::Op::Chat)
            id = c.chat.sessionId;
        else if (c.op == Change::Op::Thresholds)
            continue;
        if (c.op == Change::Op::Arrive)
            id = c.visitor.id.isEmpty() ? c.id : c.visitor.id;
        changed.insert(id);

        const int row = rowOf(id);
        const auto pending = arrivalIndex.constFind(id);
        if (c.op == Change::Op::Arrive) {
            if (row >= 0) {
                m_rows[row] = c.visitor;
                removals.remove(row);
                dirty[row] |= AllColumns;
            } else if (pending != arrivalIndex.constEnd()) {
                arrivals[*pending] = c.visitor;
            } else {
                arrivalIndex.insert(id, int(arrivals.size()));
                arrivals.append(c.visitor);
            }
            continue;
        }
        if (c.op == Change::Op::Leave) {
            if (row >= 0) {
                removals.insert(row);
            } else if (pending != arrivalIndex.constEnd()) {
                // Arrived and left within one delta: it never shows.
                arrivals[*pending].id.clear();
            }
            continue;
        }
        quint32 columns = 0;
        if (row >= 0) {
            applyToVisitor(m_rows[row], c, &columns);
            if (columns)
                dirty[row] |= columns;
        } else if (pending != arrivalIndex.constEnd() && !arrivals.at(*pending).id.isEmpty()) {
            applyToVisitor(arrivals[*pending], c, &columns);
        }
        if (c.op == Change::Op::Scroll && now - c.at < ScrollMarkMs)
            m_scrolling.insert(id);
    }

    for (int row : std::as_const(removals))
        dirty.remove(row);
    emitRowsChanged(dirty);

    if (!removals.isEmpty()) {
        QList<int> rows(removals.cbegin(), removals.cend());
        std::sort(rows.begin(), rows.end());
        for (int i = int(rows.size()) - 1; i >= 0;) {
            const int last = rows.at(i);
            int first = last;
            while (i > 0 && rows.at(i - 1) == first - 1)
                first = rows.at(--i);
            --i;
            beginRemoveRows({}, first, last);
            for (int r = first; r <= last; ++r)
                m_scrolling.remove(m_rows.at(r).id);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        // Rows after the first removed one moved up.
        for (auto it = m_rowById.begin(); it != m_rowById.end();) {
            if (it.value() >= rows.first())
                it = m_rowById.erase(it);
            else
                ++it;
        }
        rebuildIndex(rows.first());
    }

    arrivals.erase(std::remove_if(arrivals.begin(), arrivals.end(),
                                  [](const VisitorSnapshot &v) { return v.id.isEmpty(); }),
                   arrivals.end());
    if (!arrivals.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(arrivals.size()) - 1);
        m_rows.append(arrivals);
        rebuildIndex(first);
        endInsertRows();
    }
    if (!changed.isEmpty())
        emit visitorsChanged(changed);
}

void VisitorTableModel::emitRowsChanged(const QHash<int, quint32> &dirty)
{
    if (dirty.isEmpty())
        return;
    QList<int> rows = dirty.keys();
    std::sort(rows.begin(), rows.end());
    // One signal per run of consecutive rows, spanning the columns that changed in the run.
    for (qsizetype i = 0; i < rows.size();) {
        const int first = rows.at(i);
        quint32 mask = dirty.value(first);
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) + 1)
            mask |= dirty.value(rows.at(j++));
        const int last = rows.at(j - 1);
        int lo = 0;
        while (!(mask & bit(lo)))
            ++lo;
        int hi = ColumnCount - 1;
        while (!(mask & bit(hi)))
            --hi;
        emit dataChanged(index(first, lo), index(last, hi));
        i = j;
    }
}

void VisitorTableModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    emit dataChanged(index(0, Dwell), index(last, TimeOnSite),
                     { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
    // Live scroll marks that ran out.
    if (m_scrolling.isEmpty())
        return;
    const qint64 now = m_clock->nowMs();
    for (auto it = m_scrolling.begin(); it != m_scrolling.end();) {
        const int row = rowOf(*it);
        if (row < 0) {
            it = m_scrolling.erase(it);
            continue;
        }
        const VisitorSnapshot &v = m_rows.at(row);
        if (now - v.lastScrollAt >= ScrollMarkMs) {
            it = m_scrolling.erase(it);
            emit dataChanged(index(row, Scroll), index(row, Scroll));
        } else {
            ++it;
        }
    }
}

} // namespace fw
