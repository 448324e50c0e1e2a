#include "behaviour.h"

#include "shopmap.h"
#include "timing.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {
constexpr int PageHeightPx = 4200;

bool isListing(const PageInfo &p)
{
    return p.kind == PageKind::Main || p.kind == PageKind::Category || p.kind == PageKind::Search;
}
} // namespace

QString Behaviour::segmentName(Segment s)
{
    static const char *names[] = { "wander", "freeze", "browse", "hop",  "settle", "interest",
                                   "look",   "cart",   "buy",    "away", "leave",  "load" };
    return QString::fromLatin1(names[int(s)]);
}

Behaviour::Behaviour(Profile profile, const ShopMap *shop, const Timing *timing, quint64 seed,
                     QString lang)
    : m_profile(profile)
    , m_shop(shop)
    , m_timing(timing)
    , m_rng(seed)
    , m_lang(std::move(lang))
{
    const Catalogue &cat = m_shop->catalogue();
    auto randomCategory = [&] {
        return m_shop->category(int(m_rng.range(0, cat.categories().size() - 1)),
                                m_rng.pick(ShopMap::sortOptions()), m_lang);
    };
    switch (m_profile) {
    case Profile::Stuck:
        m_landing = m_rng.chance(0.5) ? m_shop->main(m_lang) : randomCategory();
        if (m_rng.chance(0.5))
            m_segments.push_back(Segment::Wander);
        m_segments.push_back(Segment::Freeze);
        break;
    case Profile::Browser:
        m_landing = randomCategory();
        m_segments.push_back(Segment::Browse);
        if (m_rng.chance(0.5))
            m_segments.push_back(Segment::Browse);
        break;
    case Profile::Hopper:
        m_landing = m_shop->main(m_lang);
        m_segments.insert(m_segments.end(), { Segment::Hop, Segment::Settle });
        break;
    case Profile::Interested:
        m_landing = m_rng.chance(0.5) ? m_shop->main(m_lang) : randomCategory();
        if (m_landing.kind == PageKind::Main)
            m_segments.push_back(Segment::Wander);
        m_segments.push_back(Segment::Interest);
        if (m_rng.chance(0.3))
            m_segments.push_back(Segment::Cart);
        break;
    case Profile::Buyer:
        m_landing = m_shop->main(m_lang);
        m_segments.insert(m_segments.end(), { Segment::Wander, Segment::Look, Segment::Buy });
        break;
    case Profile::Mixed:
        m_landing = m_rng.chance(0.4) ? m_shop->main(m_lang) : randomCategory();
        m_mixedLeft = int(m_rng.range(2, 4));
        break;
    case Profile::Load:
        m_landing = randomCategory();
        m_segments.push_back(Segment::Load);
        break;
    }
    m_cursor.page = m_landing;
    m_done = m_cursor;
}

const Step &Behaviour::peek()
{
    while (m_plan.empty() && !m_finished)
        planNext();
    static const Step leave = [] {
        Step st;
        st.action.kind = SimAction::Kind::Leave;
        return st;
    }();
    return m_plan.empty() ? leave : m_plan.front();
}

void Behaviour::pop()
{
    if (m_plan.empty())
        return;
    if (m_plan.front().action.kind == SimAction::Kind::Leave)
        m_finished = true;
    m_done = m_after.front();
    m_plan.pop_front();
    m_after.pop_front();
}

void Behaviour::startPurchase()
{
    if (m_buying || m_finished)
        return;
    m_plan.clear();
    m_after.clear();
    m_cursor = m_done;
    m_segments.clear();
    m_mixedLeft = 0;
    m_segments.push_back(Segment::Buy);
    m_buying = true;
}

void Behaviour::setLoadPeriod(qint64 ms)
{
    m_loadPeriodMs = qMax<qint64>(1, ms);
    if (m_profile == Profile::Load && !m_finished) {
        // Replan what is not yet done, so the new pace applies from the next step.
        m_plan.clear();
        m_after.clear();
        m_cursor = m_done;
        m_segments.assign(1, Segment::Load);
    }
}

void Behaviour::planNext()
{
    if (m_segments.empty()) {
        if (m_profile == Profile::Mixed && m_mixedLeft > 0) {
            --m_mixedLeft;
            static const QList<Segment> choices { Segment::Browse,   Segment::Hop,
                                                  Segment::Interest, Segment::Wander,
                                                  Segment::Freeze,   Segment::Away };
            static const QList<double> weights { 3, 2, 3, 2, 1, 1 };
            m_segments.push_back(choices.at(m_rng.weighted(weights)));
            if (m_mixedLeft == 0 && m_rng.chance(0.25))
                m_segments.push_back(Segment::Buy);
        } else {
            m_segments.push_back(Segment::Leave);
        }
    }
    const Segment s = m_segments.front();
    m_segments.pop_front();
    m_segmentLog.append(segmentName(s));
    plan(s);
}

void Behaviour::add(qint64 delayMs, SimAction a)
{
    const qint64 d = qMax<qint64>(0, delayMs);
    m_cursor.dwellMs += d;
    switch (a.kind) {
    case SimAction::Kind::Page:
        m_cursor.prevUrl = m_cursor.page.url;
        m_cursor.page = a.page;
        m_cursor.depth = 0;
        m_cursor.interacted = false;
        m_cursor.dwellMs = 0;
        break;
    case SimAction::Kind::Scroll:
        m_cursor.depth = a.depth;
        break;
    case SimAction::Kind::Input:
    case SimAction::Kind::Click:
        m_cursor.interacted = true;
        break;
    default:
        break;
    }
    m_plan.push_back({ d, std::move(a) });
    m_after.push_back(m_cursor);
}

void Behaviour::moveTo(qint64 delayMs, const PageInfo &page)
{
    if (page.url == m_cursor.page.url)
        return;
    SimAction a;
    a.kind = SimAction::Kind::Page;
    a.page = page;
    a.nav = Navigation::Push;
    add(delayMs, a);
}

void Behaviour::scroll(qint64 delayMs)
{
    SimAction a;
    a.kind = SimAction::Kind::Scroll;
    // Depth is the share seen so far: it only grows on a page.
    a.depth = int(qMin<qint64>(100, m_cursor.depth + m_rng.range(3, 12)));
    a.y = a.depth * (PageHeightPx - 900) / 100;
    add(delayMs, a);
}

void Behaviour::input(qint64 delayMs, InputKind kind)
{
    SimAction a;
    a.kind = SimAction::Kind::Input;
    a.input = kind;
    a.count = int(kind == InputKind::Key ? m_rng.range(3, 25) : m_rng.range(1, 12));
    add(delayMs, a);
}

void Behaviour::wait(qint64 delayMs)
{
    add(delayMs, SimAction {});
}

void Behaviour::askForHelp(qint64 delayMs)
{
    // What a visitor who is stuck writes: the patent's complaints (에로사항) and requests.
    struct Text
    {
        HelpKind kind;
        const char *ko;
        const char *en;
    };
    static const QList<Text> texts {
        { HelpKind::Complaint, "쿠폰 코드를 넣어도 할인이 안 돼요.",
          "The coupon code does not work." },
        { HelpKind::Complaint, "사이즈 선택이 안 눌려요.", "I can't pick a size." },
        { HelpKind::Complaint, "배송비가 왜 이렇게 나오나요?", "Why is the shipping so high?" },
        { HelpKind::Request, "겨울용 코트 추천해 주실 수 있나요?",
          "Could you recommend a winter coat?" },
        { HelpKind::Request, "M 사이즈 재입고 언제 되나요?", "When is size M back in stock?" },
        { HelpKind::Request, "선물 포장 되나요?", "Can you gift-wrap it?" },
    };
    const Text &t = m_rng.pick(texts);
    SimAction a;
    a.kind = SimAction::Kind::Help;
    a.help = t.kind;
    a.text = QString::fromUtf8(m_lang.startsWith("ko"_L1) ? t.ko : t.en);
    add(delayMs, a);
}

void Behaviour::clickAddToCart()
{
    SimAction click;
    click.kind = SimAction::Kind::Click;
    click.x = int(m_rng.range(600, 900));
    click.y = int(m_rng.range(300, 700));
    click.target = u"button.add-to-cart"_s;
    add(m_timing->gap(m_rng, 1, 3), click);
}

template<typename F> PageInfo Behaviour::fresh(F make)
{
    PageInfo p = make();
    for (int i = 0; i < 12 && (p.url == m_cursor.page.url || p.url == m_cursor.prevUrl); ++i)
        p = make();
    if (p.url == m_cursor.page.url || p.url == m_cursor.prevUrl) // a one-page shop: search
        p = m_shop->search(u"%1"_s.arg(m_rng.range(1000, 9999)), m_lang);
    return p;
}

PageInfo Behaviour::listingPage()
{
    const Catalogue &cat = m_shop->catalogue();
    return fresh([&] {
        const double r = m_rng.uniform();
        if (r < 0.6)
            return m_shop->category(int(m_rng.range(0, cat.categories().size() - 1)),
                                    m_rng.pick(ShopMap::sortOptions()), m_lang);
        if (r < 0.8 && !cat.searchTerms().isEmpty())
            return m_shop->search(m_rng.pick(cat.searchTerms()), m_lang);
        return m_shop->main(m_lang);
    });
}

PageInfo Behaviour::productPage()
{
    const Catalogue &cat = m_shop->catalogue();
    return fresh([&] {
        // Mostly from the category the visitor is looking at, as people do.
        const int ci = cat.categoryIndex(m_cursor.page.categoryId);
        if (ci >= 0 && !cat.productsIn(ci).isEmpty() && m_rng.chance(0.8))
            return m_shop->product(m_rng.pick(cat.productsIn(ci)), m_lang);
        return m_shop->product(int(m_rng.range(0, cat.products().size() - 1)), m_lang);
    });
}

PageInfo Behaviour::anyPage()
{
    return m_rng.chance(0.4) ? productPage() : listingPage();
}

void Behaviour::plan(Segment s)
{
    const Timing &t = *m_timing;
    switch (s) {
    case Segment::Wander: {
        const int moves = int(m_rng.range(1, 2));
        for (int i = 0; i < moves; ++i) {
            moveTo(t.gap(m_rng, 3, 8), listingPage());
            input(t.gap(m_rng, 1, 3), InputKind::Pointer);
        }
        break;
    }
    case Segment::Freeze:
        // Stalled needs a page where no other rule wins first: not a product page.
        if (m_cursor.page.kind == PageKind::Product || m_cursor.page.kind == PageKind::Checkout)
            moveTo(t.gap(m_rng, 2, 5), listingPage());
        wait(Timing::beyond(t.idleMs()) + t.extra(m_rng, 2, 12));
        if (m_helpChance > 0 && m_rng.chance(m_helpChance))
            askForHelp(t.gap(m_rng, 1, 4));
        break;
    case Segment::Browse: {
        // Browsing is only scrolling on a page that is not a product page.
        if (!isListing(m_cursor.page) || m_cursor.interacted || m_cursor.dwellMs > 0)
            moveTo(t.gap(m_rng, 2, 6), listingPage());
        const qint64 stay = Timing::beyond(t.browseMs()) + t.extra(m_rng, 0, 8);
        const qint64 most = qMax<qint64>(Timing::MinGapMs, qMin(t.keepAliveMs(), t.browseMs() / 4));
        while (m_cursor.dwellMs < stay)
            scroll(qMin(most, t.gap(m_rng, 1.5, 5)));
        break;
    }
    case Segment::Hop: {
        const int moves = t.hopMoves() + 2 + int(m_rng.range(0, 2));
        // All moves well inside the window, and too short a stay anywhere for another rule.
        const qint64 each = qMax<qint64>(Timing::MinGapMs,
                                         std::min({ qint64(double(t.hopWindowMs()) * 0.6 / moves),
                                                    t.interestMs() / 2, t.keepAliveMs() }));
        for (int i = 0; i < moves; ++i) {
            const qint64 d =
                    qMax<qint64>(Timing::MinGapMs, qint64(double(each) * m_rng.between(0.8, 1.2)));
            moveTo(d, i + 1 == moves ? listingPage() : anyPage());
        }
        break;
    }
    case Segment::Settle:
        input(t.gap(m_rng, 1, 3), InputKind::Pointer);
        wait(t.gap(m_rng, 2, 6));
        break;
    case Segment::Interest: {
        if (m_cursor.page.kind != PageKind::Product || m_cursor.dwellMs > 0)
            moveTo(t.gap(m_rng, 2, 6), productPage());
        if (m_rng.chance(0.5)) {
            // R4 by scrolling: scroll soon, stay past interestScrollAfterSeconds.
            const qint64 stay = Timing::beyond(t.interestScrollAfterMs()) + t.extra(m_rng, 2, 8);
            scroll(qMin(qMax<qint64>(Timing::MinGapMs, t.interestScrollAfterMs() / 2),
                        t.gap(m_rng, 0.5, 2)));
            while (m_cursor.dwellMs < stay)
                scroll(t.gap(m_rng, 2, 5));
        } else {
            // R4 by dwell: pointer movement only, past interestSeconds.
            const qint64 stay = Timing::beyond(t.interestMs()) + t.extra(m_rng, 1, 4);
            while (m_cursor.dwellMs < stay)
                input(qMin(t.gap(m_rng, 4, 10), stay - m_cursor.dwellMs + Timing::MinGapMs),
                      InputKind::Pointer);
        }
        break;
    }
    case Segment::Look: {
        moveTo(t.gap(m_rng, 2, 6), productPage());
        const int n = int(m_rng.range(1, 3));
        for (int i = 0; i < n; ++i)
            scroll(t.gap(m_rng, 1.5, 4));
        break;
    }
    case Segment::Cart: {
        clickAddToCart();
        moveTo(t.gap(m_rng, 1, 3), m_shop->cart(m_lang));
        input(t.gap(m_rng, 2, 4), InputKind::Pointer);
        wait(t.gap(m_rng, 2, 5));
        break;
    }
    case Segment::Buy: {
        m_buying = true;
        if (m_cursor.page.kind != PageKind::Product && m_cursor.page.kind != PageKind::Cart &&
            m_cursor.page.kind != PageKind::Checkout) {
            moveTo(t.gap(m_rng, 2, 5), productPage());
            scroll(t.gap(m_rng, 1, 3));
        }
        if (m_cursor.page.kind == PageKind::Product) {
            clickAddToCart();
        }
        moveTo(t.gap(m_rng, 1, 3), m_shop->cart(m_lang));
        input(t.gap(m_rng, 1, 3), InputKind::Pointer);
        moveTo(t.gap(m_rng, 1, 3), m_shop->checkout(m_lang));
        const int typing = int(m_rng.range(2, 4));
        for (int i = 0; i < typing; ++i)
            input(t.gap(m_rng, 2, 5), InputKind::Key);
        moveTo(t.gap(m_rng, 2, 5), m_shop->orderComplete(m_lang));
        wait(t.gap(m_rng, 2, 5));
        break;
    }
    case Segment::Away: {
        SimAction hide;
        hide.kind = SimAction::Kind::Visibility;
        hide.hidden = true;
        add(t.gap(m_rng, 1, 4), hide);
        SimAction show = hide;
        show.hidden = false;
        add(t.extra(m_rng, 5, 20), show);
        break;
    }
    case Segment::Leave: {
        SimAction leave;
        leave.kind = SimAction::Kind::Leave;
        add(t.gap(m_rng, 1, 3), leave);
        break;
    }
    case Segment::Load: {
        // A steady stream for the load benchmark: mostly scrolling, some input and moves.
        for (int i = 0; i < 32; ++i) {
            const qint64 d =
                    qMax<qint64>(1, qint64(double(m_loadPeriodMs) * m_rng.between(0.7, 1.3)));
            const double r = m_rng.uniform();
            if (r < 0.05 || (r < 0.75 && m_cursor.depth >= 100))
                moveTo(d, anyPage());
            else if (r < 0.75)
                scroll(d);
            else if (r < 0.97)
                input(d, m_rng.chance(0.5) ? InputKind::Pointer : InputKind::Key);
            else {
                SimAction click;
                click.kind = SimAction::Kind::Click;
                click.x = int(m_rng.range(0, 1400));
                click.y = int(m_rng.range(0, 900));
                click.target = u"a.product-card"_s;
                add(d, click);
            }
        }
        m_segments.push_back(Segment::Load);
        break;
    }
    }
}

} // namespace fw::sim
