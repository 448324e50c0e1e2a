/*! Floorwalker tracker 0.1 | docs/INSTALL.md | built from resources/tracker/src/tracker.js */
// This is the source. The server serves ../tracker.js, made from this file by ../build.sh
// (terser): edit here, run the build, commit both. tests/node checks that they match.
(function () {
'use strict';

// The server replaces this with ws://{host}:PORT/v1/visitor; {host} is filled in below.
var WS_TEMPLATE = '__FLOORWALKER_WS_URL__';
var CLIENT = 'floorwalker-tracker/0.1';
var QUEUE_MAX = 200;        // events; a blocked server must never fill the shop's storage
var QUEUE_BYTES = 32768;    // serialised size of the whole queue
var EVENT_BYTES = 16384;    // one event; far below the server's 64 KiB frame limit
var CHAT_KEEP = 40;         // chat lines kept per tab to redraw the panel after a navigation
var SCROLL_MS = 250;        // at most 4 scroll events a second
var INPUT_MS = 2000;        // at most one input event every 2 s per kind
var WELCOME_MS = 10000;     // a server that accepts but never answers counts as down
var K_VISITOR = 'fw_vid', K_CONSENT = 'fw_consent', K_TAB = 'fw_tab', K_QUEUE = 'fw_q';

// ---------------------------------------------------------------- small pure helpers (unit-tested)

// Cut to n UTF-16 units (the server counts them) without splitting a surrogate pair.
function clip(s, n) {
  s = s == null ? '' : String(s);
  if (s.length <= n) return s;
  var c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

function int(v, lo, hi) {
  v = Math.round(+v || 0);
  return v < lo ? lo : v > hi ? hi : v;
}

function randomId(prefix, n) {
  var abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', out = prefix, b;
  var c = typeof crypto !== 'undefined' && crypto.getRandomValues;
  b = c ? crypto.getRandomValues(new Uint8Array(n)) : [];
  for (var i = 0; i < n; i++) out += abc[(c ? b[i] : Math.random() * 256) % 62 | 0];
  return out;
}

// Reconnect delay: 1 s doubling to 30 s; up to 20% shorter at random so that visitors
// dropped together by a restart do not all come back in the same instant.
function backoff(attempt, rnd) {
  var base = Math.min(30000, 1000 * Math.pow(2, Math.min(attempt, 15)));
  return Math.round(base * (1 - 0.2 * (rnd ? rnd() : Math.random())));
}

// Numbered events waiting for the server's cumulative ack. Bounded by count and bytes: when
// full, the oldest go (the protocol allows gaps). `n` is the last seq handed out.
function Outbox(max, maxBytes) {
  this.max = max || QUEUE_MAX;
  this.maxBytes = maxBytes || QUEUE_BYTES;
  this.n = 0;
  this.q = [];
  this.bytes = 0;
  this.dropped = 0;
}
Outbox.prototype = {
  add: function (ev, t) {
    var e = {}, k;
    for (k in ev) e[k] = ev[k];
    e.seq = ++this.n;
    if (t) e.t = t;
    var size = JSON.stringify(e).length;
    if (size > EVENT_BYTES) { this.dropped++; return null; }
    this.q.push({ e: e, b: size });
    this.bytes += size;
    while (this.q.length > this.max || this.bytes > this.maxBytes) this.shift();
    return e;
  },
  shift: function () {
    var x = this.q.shift();
    this.bytes -= x.b;
    this.dropped++;
  },
  ack: function (upTo) {
    while (this.q.length && this.q[0].e.seq <= upTo) {
      this.bytes -= this.q[0].b;
      this.q.shift();
    }
  },
  // The server refused this event for good (an error naming its seq): resending cannot help.
  drop: function (seq) {
    for (var i = 0; i < this.q.length; i++) {
      if (this.q[i].e.seq === seq) {
        this.bytes -= this.q[i].b;
        this.q.splice(i, 1);
        return true;
      }
    }
    return false;
  },
  // Events with seq above n, oldest first.
  after: function (n) {
    return this.q.filter(function (x) { return x.e.seq > n; }).map(function (x) { return x.e; });
  },
  // A new session numbers from 1 again; queued events keep their order.
  renumber: function () {
    var n = 0;
    this.q.forEach(function (x) { x.e.seq = ++n; });
    this.n = n;
  },
  save: function () { return { n: this.n, q: this.q.map(function (x) { return x.e; }) }; },
  // Whatever sessionStorage holds is untrusted input: keep only well-formed, ordered events.
  load: function (o) {
    var self = this, last = 0;
    this.q = [];
    this.bytes = 0;
    this.n = o && o.n > 0 ? o.n | 0 : 0;
    ((o && Array.isArray(o.q) && o.q) || []).forEach(function (e) {
      if (!e || typeof e.type !== 'string' || !(e.seq > last && e.seq <= self.n)) return;
      last = e.seq;
      var b = JSON.stringify(e).length;
      self.q.push({ e: e, b: b });
      self.bytes += b;
    });
    while (this.q.length > this.max || this.bytes > this.maxBytes) this.shift();
  }
};

// Leading- and trailing-edge throttle: fn runs at once, then at most once per ms; the last
// hit inside a window is delivered at its end, so the final scroll position is never lost.
function Throttle(ms, fn, clock, timers) {
  this.ms = ms;
  this.fn = fn;
  this.now = clock || Date.now;
  // Wrapped: browsers throw "Illegal invocation" when setTimeout is called as a method.
  this.tm = timers || { set: function (f, t) { return setTimeout(f, t); }, clear: function (id) { clearTimeout(id); } };
  this.last = -Infinity;
  this.timer = null;
  this.pending = false;
}
Throttle.prototype = {
  hit: function () {
    this.pending = true;
    if (this.timer) return;
    var wait = this.last + this.ms - this.now(), self = this;
    if (wait <= 0) this.fire();
    else this.timer = this.tm.set(function () { self.timer = null; self.fire(); }, wait);
  },
  fire: function () {
    if (!this.pending) return;
    this.pending = false;
    this.last = this.now();
    this.fn();
  },
  // Deliver what is pending now (tab hidden, page leaving).
  flush: function () {
    if (this.timer) { this.tm.clear(this.timer); this.timer = null; }
    this.fire();
  },
  cancel: function () {
    if (this.timer) this.tm.clear(this.timer);
    this.timer = null;
    this.pending = false;
  }
};

// Token bucket on our side of the server's limit, so a burst of resends is paced instead of
// getting the socket closed with 4008.
function RateGate(perSec, burst, clock) {
  this.rate = perSec;
  this.burst = burst;
  this.tokens = burst;
  this.now = clock || Date.now;
  this.at = this.now();
}
RateGate.prototype = {
  refill: function () {
    var t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + (t - this.at) * this.rate / 1000);
    this.at = t;
  },
  take: function (force) {
    this.refill();
    if (this.tokens < 1 && !force) return false;
    this.tokens -= 1;
    return true;
  },
  waitMs: function () {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * 1000 / this.rate);
  }
};

// Only http(s) and relative links from staff-sent actions; never javascript: and friends.
function safeUrl(u, base) {
  try {
    var x = new URL(String(u), base);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : '';
  } catch (e) { return ''; }
}

// A short description of a click target for the frustration rule: tag#id.class.class
function describe(el) {
  if (!el || !el.tagName) return '';
  var d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  var c = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2) : [];
  if (c[0]) d += '.' + c.join('.');
  var name = el.getAttribute && el.getAttribute('data-fw-name');
  if (name) d += '[' + name + ']';
  return clip(d, 200);
}

var internals = { clip: clip, int: int, randomId: randomId, backoff: backoff, Outbox: Outbox,
  Throttle: Throttle, RateGate: RateGate, safeUrl: safeUrl, describe: describe,
  QUEUE_MAX: QUEUE_MAX, QUEUE_BYTES: QUEUE_BYTES };
if (typeof module === 'object' && module && module.exports) module.exports = internals;
if (typeof window === 'undefined' || !window.document || (window.floorwalker && window.floorwalker.v)) return;

// ---------------------------------------------------------------- the browser side

var w = window, d = document, loc = w.location;
var SCRIPT_SRC = d.currentScript && d.currentScript.src;

// Storage that never throws: disabled storage, private modes and a full quota only cost us
// persistence, never the host page.
function store(kind) {
  var s = null;
  try { s = w[kind]; s.getItem(K_TAB); } catch (e) { s = null; }
  return {
    get: function (k) { try { return s ? s.getItem(k) : null; } catch (e) { return null; } },
    set: function (k, v) { try { if (s) s.setItem(k, v); return !!s; } catch (e) { return false; } },
    del: function (k) { try { if (s) s.removeItem(k); } catch (e) { /* ignore */ } }
  };
}
var local = store('localStorage'), session = store('sessionStorage');

var cfg = { siteKey: '', server: '', token: '', lang: '', requireConsent: false, gpc: 'reduce',
  sortParam: 'sort', searchUrl: '' };
var gpcOn = navigator.globalPrivacyControl === true;
var consent = false;      // may we store and send?
var running = false;
var unloading = false;    // after pagehide: the next document owns the tab's state now
var out = new Outbox();
var tab = { sid: '', shown: 0, chat: [], open: false, hid: false, vid: '' };
var visitorId = '';
var curPage = null;       // last page sent, for SPA de-duplication
var maxDepth = 0;
var ws = null, ready = false, sentUpTo = 0, attempt = 0, retryTimer = 0, welcomeTimer = 0;
var pingTimer = 0, pumpTimer = 0, fatal = false;
var gate = new RateGate(10, 30);
var clockSkew = 0;        // server time minus ours, for coupon countdowns
var inputCount = { key: 0, pointer: 0, touch: 0 }, inputThrottles = {};

function warn(m) { try { console.warn('[floorwalker] ' + m); } catch (e) { /* no console */ } }

// ---- tab state (sessionStorage) and the visitor id (localStorage)

// The queue changes with every event, the rest rarely: two keys, so a scroll does not
// rewrite the chat history.
function persist(queueOnly) {
  if (!consent || unloading) return;
  if (!session.set(K_QUEUE, JSON.stringify(out.save()))) {
    // Quota full: keep the session going; lose the backlog rather than break the shop's storage.
    session.set(K_QUEUE, JSON.stringify({ n: out.n, q: [] }));
  }
  if (!queueOnly) session.set(K_TAB, JSON.stringify(tab));
}

function parse(k) {
  try { return JSON.parse(session.get(k) || 'null'); } catch (e) { return null; }
}

function restore() {
  var o = parse(K_TAB);
  if (o && typeof o === 'object') {
    tab.sid = typeof o.sid === 'string' ? o.sid : '';
    tab.shown = o.shown > 0 ? o.shown | 0 : 0;
    tab.chat = Array.isArray(o.chat) ? o.chat.filter(function (c) { return c && typeof c.text === 'string'; }).slice(-CHAT_KEEP) : [];
    tab.open = o.open === true;
    tab.hid = o.hid === true;
    tab.vid = typeof o.vid === 'string' ? o.vid : '';
  }
  out.load(parse(K_QUEUE));
  // GPC: no identifier that outlives the tab (see INSTALL.md, "Privacy").
  var valid = /^[A-Za-z0-9_-]{8,64}$/;
  if (gpcOn) {
    visitorId = valid.test(tab.vid) ? tab.vid : randomId('t_', 16);
    tab.vid = visitorId;
  } else {
    visitorId = local.get(K_VISITOR) || '';
    if (!valid.test(visitorId)) {
      visitorId = randomId('v_', 16);
      local.set(K_VISITOR, visitorId);
    }
  }
}

// ---- what page this is: data attributes first, then meta tags (INSTALL.md, "Declaring pages")

var KINDS = ['main', 'category', 'search', 'product', 'cart', 'checkout', 'other'];
function declared(attr, meta) {
  var el = d.querySelector('[data-fw-' + attr + ']');
  if (el) return el.getAttribute('data-fw-' + attr);
  var m = d.querySelector('meta[name="floorwalker:' + meta + '"]');
  return m ? m.getAttribute('content') : '';
}

function pageInfo(url) {
  var p = { url: clip(url || loc.href, 2048) }, kind = (declared('page', 'page') || '').toLowerCase();
  if (d.title) p.title = clip(d.title, 300);
  p.kind = KINDS.indexOf(kind) >= 0 ? kind : 'other';
  var prod = declared('product', 'product'), cat = declared('category', 'category');
  var q = declared('query', 'query');
  if (!q && p.kind === 'search') {
    try { q = new URL(loc.href).searchParams.get('q') || ''; } catch (e) { q = ''; }
  }
  if (prod) p.productId = clip(prod, 64);
  if (cat) p.categoryId = clip(cat, 64);
  if (q) p.query = clip(q, 200);
  return p;
}

// ---- events

function track(ev) {
  if (!running) return;
  if (out.add(ev, Date.now())) {
    persist(true);
    pump();
  }
}

// A change of the fragment alone (#reviews) is not a page view; hash routers call trackPageView.
function sendPage(nav, force, url) {
  var p = pageInfo(url);
  if (!force && nav !== 'load' && curPage && curPage.url.split('#')[0] === p.url.split('#')[0]) return;
  if (!curPage || curPage.url !== p.url) maxDepth = 0;
  curPage = p;
  track({ type: 'page', nav: nav, page: p });
}

var scrollT = new Throttle(SCROLL_MS, function () {
  var de = d.documentElement, h = Math.max(de.scrollHeight, d.body ? d.body.scrollHeight : 0);
  var y = w.pageYOffset || de.scrollTop || 0;
  var seen = h > 0 ? (y + w.innerHeight) / h * 100 : 100;
  maxDepth = Math.max(maxDepth, int(seen, 0, 100));
  track({ type: 'scroll', depth: maxDepth, y: int(y, 0, 100000000) });
});

['key', 'pointer', 'touch'].forEach(function (k) {
  inputThrottles[k] = new Throttle(INPUT_MS, function () {
    var n = inputCount[k];
    inputCount[k] = 0;
    if (n > 0) track({ type: 'input', kind: k, count: int(n, 1, 100000) });
  });
});
function input(kind) {
  if (!running) return;
  inputCount[kind]++;
  inputThrottles[kind].hit();
}

// A History API navigation is reported a moment later (see the hooks below). If the page goes
// away or another navigation comes first, report it now: the visitor did see that page.
// The URL is taken when the navigation happens: a second one may have changed it since.
var navTimer = 0, navKind = '', navUrl = '';
function deferPage(kind) {
  flushPage();
  navKind = kind;
  navUrl = loc.href;
  navTimer = setTimeout(flushPage, 60);
}
function flushPage() {
  if (!navTimer) return;
  clearTimeout(navTimer);
  navTimer = 0;
  sendPage(navKind, false, navUrl);
}

function flushThrottles() {
  flushPage();
  scrollT.flush();
  for (var k in inputThrottles) inputThrottles[k].flush();
}

function visibility(hidden) {
  if (tab.hid === hidden) return;
  tab.hid = hidden;
  track({ type: 'visibility', hidden: hidden });
}

function onClick(e) {
  if (!running) return;
  var path = e.composedPath ? e.composedPath() : [];
  var el = path[0] && path[0].tagName ? path[0] : e.target;
  var inUi = host && path.indexOf(host) >= 0;
  track({ type: 'click', x: int(e.clientX, 0, 100000), y: int(e.clientY, 0, 100000),
    target: clip((inUi ? 'fw:' : '') + describe(el), 200) });
}

// ---- the socket

function wsUrl() {
  var u = cfg.server || (/^wss?:\/\//.test(WS_TEMPLATE) ? WS_TEMPLATE : '');
  if (u.indexOf('{host}') >= 0) {
    var hostName = loc.hostname;
    try { if (SCRIPT_SRC) hostName = new URL(SCRIPT_SRC).hostname; } catch (e) { /* keep */ }
    u = u.replace('{host}', hostName);
  }
  return u;
}

function connect() {
  clearTimeout(retryTimer);
  retryTimer = 0;
  if (ws || !running || fatal || unloading) return;
  var url = wsUrl();
  if (!url) { fatal = true; warn('no server URL: load tracker.js from the Floorwalker server or use setServer'); return; }
  var sock;
  try { sock = new WebSocket(url); } catch (e) { fatal = true; warn('bad server URL ' + url); return; }
  ws = sock;
  welcomeTimer = setTimeout(function () { if (ws === sock && !ready) drop(sock); }, WELCOME_MS);
  sock.onopen = function () {
    var hi = { type: 'hello', v: 1, siteKey: cfg.siteKey, visitorId: visitorId, page: curPage || pageInfo(),
      device: device(), client: CLIENT };
    if (tab.sid) hi.resumeSessionId = tab.sid;
    if (tab.shown) hi.ackedUpTo = tab.shown;
    // referrer and lang always present, even empty: early 0.1 servers could not store a
    // session without them.
    hi.lang = clip(navigator.language || '', 35);
    hi.referrer = gpcOn ? '' : clip(d.referrer, 2048);
    if (cfg.token) hi.identityToken = clip(cfg.token, 4096);
    raw(hi);
  };
  sock.onmessage = function (m) {
    var msg;
    try { msg = JSON.parse(m.data); } catch (e) { return; }
    if (ws === sock && msg && typeof msg === 'object') receive(msg);
  };
  sock.onerror = function () { /* onclose follows */ };
  sock.onclose = function (e) { if (ws === sock) closed(e.code); };
}

function drop(sock) {
  try { sock.close(); } catch (e) { /* already closing */ }
  if (ws === sock) closed(0);
}

// A new server address or identity token: say hello again now, not after a backoff.
function reconnect() {
  if (!ws) return;
  var s = ws;
  ws = null;
  try { s.close(1000); } catch (e) { /* already closing */ }
  closed(-1);
}

function closed(code) {
  clearTimeout(welcomeTimer);
  clearInterval(pingTimer);
  clearTimeout(pumpTimer);
  pumpTimer = 0;
  ws = null;
  ready = false;
  if (!running || unloading) return;
  // Configuration and protocol faults: retrying cannot help (PROTOCOL.md, "Close codes").
  if (code === 4000 || code === 4001 || code === 4004 || code === 1003) {
    fatal = true;
    warn('server refused the tracker (close ' + code + '); check the site key and version');
    return;
  }
  if (code === 4002 || code === 1009) out.ack(Infinity); // the server rejected what we queued
  if (code === 4009) newSession(); // a duplicated tab shares our session: fork
  retryTimer = setTimeout(connect, code === -1 ? 0 : backoff(attempt++));
}

function newSession() {
  tab.sid = '';
  tab.shown = 0;
}

function raw(msg) {
  gate.take(true);
  try { ws.send(JSON.stringify(msg)); } catch (e) { /* closing; resent after reconnect */ }
}

// Sends queued events not yet sent on this socket, paced by the gate and the socket buffer.
function pump() {
  if (!ready || pumpTimer) return;
  var list = out.after(sentUpTo);
  for (var i = 0; i < list.length; i++) {
    var wait = ws.bufferedAmount > 65536 ? 500 : gate.waitMs();
    if (wait > 0) {
      pumpTimer = setTimeout(function () { pumpTimer = 0; pump(); }, wait);
      return;
    }
    gate.take();
    try { ws.send(JSON.stringify(list[i])); } catch (e) { return; }
    sentUpTo = list[i].seq;
  }
}

function receive(m) {
  switch (m.type) {
    case 'welcome':
      clearTimeout(welcomeTimer);
      if (typeof m.sessionId !== 'string') return;
      if (!m.resumed) {
        // A fresh session numbers its events from 1 and its server messages too.
        out.renumber();
        tab.shown = 0;
        sentUpTo = 0;
      } else {
        var acked = +m.ackedUpTo || 0;
        out.ack(acked);
        sentUpTo = acked;
        // Never reuse a number the server has applied: it would drop the event as a resend.
        if (out.n < acked) out.n = acked;
      }
      tab.sid = m.sessionId;
      attempt = 0;
      ready = true;
      if (m.serverTime) clockSkew = m.serverTime - Date.now();
      var lim = m.limits || {};
      // Stay at half the server's rate so pings and acks always fit.
      gate = new RateGate(Math.max(1, (lim.messagesPerSecond || 20) / 2), Math.max(2, (lim.burst || 60) / 2));
      clearInterval(pingTimer);
      pingTimer = setInterval(function () { if (ready) raw({ type: 'ping', t: Date.now() }); },
        Math.max(5, m.pingIntervalSeconds || 25) * 1000);
      persist();
      pump();
      break;
    case 'ack':
      out.ack(+m.upTo || 0);
      persist(true);
      break;
    case 'staff_chat':
      if (!(m.seq > 0) || typeof m.text !== 'string') return;
      if (m.seq > tab.shown) {
        var who = m.staff && typeof m.staff.name === 'string' ? m.staff.name : '';
        addChat({ from: 'staff', name: clip(who, 100), text: clip(m.text, 2000), at: m.at });
        tab.shown = m.seq;
        persist();
      }
      raw({ type: 'ack', upTo: tab.shown });
      break;
    case 'error':
      warn('server: ' + clip(m.code, 40) + ' ' + clip(m.message, 200));
      if (m.seq > 0 && out.drop(m.seq)) persist(true);
      break;
  }
}

function device() {
  var ua = navigator.userAgent || '';
  if (/iPad|Tablet/i.test(ua)) return 'tablet';
  if ((navigator.userAgentData && navigator.userAgentData.mobile) || /Mobi|Android|iPhone/i.test(ua)) return 'mobile';
  return 'desktop';
}

// ---------------------------------------------------------------- UI: launcher, chat, actions

var T = {
  ko: { help: '도움이 필요하세요?', title: '쇼핑 도우미', close: '닫기', chat: '채팅', ask: '문의하기',
    send: '보내기', say: '메시지를 입력하세요', staff: '{n} 님', me: '나', empty: '궁금한 점을 남겨 주시면 직원이 바로 답해 드려요.',
    request: '찾는 상품·요청', complaint: '불편 사항 신고', detail: '내용을 적어 주세요', sent: '접수되었습니다. 곧 연락드릴게요.',
    coupon: '쿠폰', left: '남은 시간 {t}', expired: '기간이 끝났습니다', use: '쿠폰 사용', reload: '새로고침',
    resort: '정렬 바꾸기', keyword: '이 검색어는 어떠세요?', products: '추천 상품', open: '보기' },
  en: { help: 'Need help?', title: 'Shopping assistant', close: 'Close', chat: 'Chat', ask: 'Ask us',
    send: 'Send', say: 'Type a message', staff: '{n}', me: 'You', empty: 'Leave a question and a member of staff will answer right away.',
    request: 'Looking for something', complaint: 'Something is wrong', detail: 'Tell us more', sent: 'Thank you, we will get back to you shortly.',
    coupon: 'Coupon', left: '{t} left', expired: 'This offer has ended', use: 'Use coupon', reload: 'Reload',
    resort: 'Change the order', keyword: 'Try searching for', products: 'Picked for you', open: 'View' }
};
function lang() {
  var l = (cfg.lang || d.documentElement.lang || navigator.language || 'en').toLowerCase();
  return l.indexOf('ko') === 0 ? 'ko' : 'en';
}
// A function replacement, so that "$&" in a staff name is not a replacement pattern.
function t(k, n) { return (T[lang()][k] || k).replace(/\{[nt]\}/, function () { return n; }); }

// !important on :host: the shop's own rules for our host element would win otherwise.
var CSS = ':host{all:initial!important}' +
  '*{box-sizing:border-box;font:15px/1.45 system-ui,-apple-system,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif;color:#1d232b}' +
  '.wrap{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;flex-direction:column;align-items:flex-end;gap:10px;max-width:calc(100vw - 32px)}' +
  'button{cursor:pointer;border:0;border-radius:10px;min-height:44px;padding:8px 14px;background:#eef1f4}' +
  'button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #f3a712;outline-offset:2px}' +
  '.pri{background:#1f5e55;color:#fff;font-weight:600}.pri *{color:#fff}' +
  '.fab{border-radius:24px;padding:10px 18px;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
  '.card,.panel{background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.22);width:min(360px,calc(100vw - 32px));overflow:hidden}' +
  '.hd{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#1f5e55}.hd *{color:#fff}.hd b{flex:1;font-weight:600}' +
  '.x{background:transparent;min-width:44px;font-size:20px}' +
  '.tabs{display:flex;border-bottom:1px solid #e3e6ea}.tabs button{flex:1;border-radius:0;background:#fff}.tabs [aria-pressed=true]{box-shadow:inset 0 -3px #1f5e55;font-weight:600}' +
  '.log{max-height:min(50vh,340px);min-height:120px;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}' +
  '.m{max-width:85%;padding:8px 11px;border-radius:12px;background:#eef1f4;white-space:pre-wrap;overflow-wrap:anywhere}' +
  '.m.me{align-self:flex-end;background:#dcefe9}.who{display:block;font-size:12px;color:#5b6570}' +
  'p{margin:0}.note{color:#5b6570;font-size:14px}' +
  'form{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e6ea;flex-wrap:wrap}' +
  'textarea{flex:1;min-width:0;min-height:44px;max-height:120px;resize:vertical;border:1px solid #c5ccd3;border-radius:10px;padding:10px}' +
  '.kinds{display:flex;gap:6px;width:100%}.kinds button{flex:1;font-size:14px}.kinds [aria-pressed=true]{background:#1f5e55;color:#fff}' +
  '.body{padding:12px 14px;display:flex;flex-direction:column;gap:8px}.big{font-size:22px;font-weight:700;color:#b3261e}' +
  '.code{font-family:ui-monospace,monospace;letter-spacing:2px;border:2px dashed #1f5e55;padding:6px 10px;align-self:flex-start}' +
  '.row{display:flex;gap:8px;flex-wrap:wrap}.items{display:flex;gap:10px;overflow-x:auto}' +
  '.item{flex:0 0 110px;text-decoration:none}.item img{width:110px;height:110px;object-fit:cover;border-radius:8px;background:#f3f4f6}.item span{display:block;font-size:13px}' +
  '.pop{position:fixed;inset:0;background:rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center;z-index:2147483001;padding:16px}' +
  '.acts{display:flex;flex-direction:column;align-items:flex-end;gap:10px}' +
  '@media (max-width:480px){.wrap{right:8px;bottom:8px;gap:8px;max-width:calc(100vw - 16px)}' +
  '.card,.panel{width:calc(100vw - 16px)}.log{max-height:36vh;min-height:72px}.body{padding:10px 12px;gap:6px}}';

var host = null, root = null, ui = {}, actions = [], actionSeq = 0;

function h(tag, attrs, kids) {
  var el = d.createElement(tag);
  for (var k in attrs || {}) {
    if (k === 'text') el.textContent = attrs[k];
    else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), attrs[k]);
    else if (attrs[k] != null && attrs[k] !== false) el.setAttribute(k, attrs[k]);
  }
  (kids || []).forEach(function (c) { if (c) el.appendChild(c); });
  return el;
}

var pendingActions = [];
function mount() {
  if (host || !d.body || !running) return;
  host = h('div', { id: 'floorwalker-ui' });
  root = host.attachShadow({ mode: 'open' });
  // A constructed sheet is not subject to the shop's CSP style-src; <style> is the fallback.
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch (e) { root.appendChild(h('style', { text: CSS })); }
  ui.wrap = h('div', { class: 'wrap' });
  ui.actions = h('div', { class: 'acts' });
  ui.fab = h('button', { class: 'pri fab', type: 'button', 'aria-expanded': 'false', onclick: function () { togglePanel(!tab.open, true); } });
  ui.wrap.appendChild(ui.actions);
  ui.panelSlot = h('div');
  ui.wrap.appendChild(ui.panelSlot);
  ui.wrap.appendChild(ui.fab);
  root.appendChild(ui.wrap);
  d.body.appendChild(host);
  render();
  pendingActions.splice(0).forEach(showAction);
  // Follow the page's language when the shop switches it.
  try {
    ui.mo = new MutationObserver(render);
    ui.mo.observe(d.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } catch (e) { /* old browser: the language is read at each render anyway */ }
}

function unmount() {
  if (ui.mo) ui.mo.disconnect();
  if (host && host.parentNode) host.parentNode.removeChild(host);
  host = root = null;
  ui = {};
  pendingActions = [];
  actions.forEach(function (a) { clearInterval(a.timer); });
  actions = [];
}

var helpKind = 'request', mode = 'chat', note = '';

function staffName() {
  var n = '';
  tab.chat.forEach(function (c) { if (c.from === 'staff' && c.name) n = c.name; });
  return n;
}

// The message list alone, so that a staff message arriving does not disturb the visitor's typing.
function renderLog() {
  if (!ui.log) return;
  ui.log.textContent = '';
  if (mode === 'chat') {
    if (!tab.chat.length) ui.log.appendChild(h('p', { class: 'note', text: t('empty') }));
    tab.chat.forEach(function (c) {
      var me = c.from !== 'staff';
      ui.log.appendChild(h('div', { class: 'm' + (me ? ' me' : '') }, [
        h('span', { class: 'who', text: me ? t('me') : t('staff', c.name || t('title')) }),
        d.createTextNode(c.text)]));
    });
  } else if (note) ui.log.appendChild(h('p', { class: 'note', role: 'status', text: note }));
  ui.title.textContent = staffName() ? t('staff', staffName()) : t('title');
  ui.log.scrollTop = ui.log.scrollHeight;
}

function render() {
  if (!root) return;
  var focusId = root.activeElement && root.activeElement.id;
  var draft = ui.input ? ui.input.value : '';
  ui.fab.textContent = t('help');
  ui.fab.setAttribute('aria-expanded', String(tab.open));
  ui.panelSlot.textContent = '';
  ui.log = ui.input = null;
  if (!tab.open) return;
  ui.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', tabindex: '0' });
  ui.title = h('b');
  ui.input = h('textarea', { id: 'fw-in', rows: '2', maxlength: '2000', 'aria-label': mode === 'chat' ? t('say') : t('detail'),
    placeholder: mode === 'chat' ? t('say') : t('detail'), onkeydown: function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    } });
  ui.input.value = draft;
  var kinds = mode === 'ask' ? h('div', { class: 'kinds', role: 'group' }, ['request', 'complaint'].map(function (k) {
    return h('button', { type: 'button', id: 'fw-k-' + k, 'aria-pressed': String(helpKind === k), text: t(k),
      onclick: function () { helpKind = k; render(); } });
  })) : null;
  var tabBtn = function (m) {
    return h('button', { type: 'button', id: 'fw-t-' + m, 'aria-pressed': String(mode === m), text: t(m),
      onclick: function () { mode = m; note = ''; render(); } });
  };
  ui.panel = h('div', { class: 'panel', role: 'dialog', 'aria-label': t('title'), onkeydown: function (e) {
    if (e.key === 'Escape') { togglePanel(false, true); }
  } }, [
    h('div', { class: 'hd' }, [ui.title,
      h('button', { class: 'x', type: 'button', id: 'fw-x', 'aria-label': t('close'), text: '\u00d7',
        onclick: function () { togglePanel(false, true); } })]),
    h('div', { class: 'tabs', role: 'group' }, [tabBtn('chat'), tabBtn('ask')]),
    ui.log,
    h('form', { onsubmit: function (e) { e.preventDefault(); submit(); } }, [kinds, ui.input,
      h('button', { class: 'pri', type: 'submit', id: 'fw-send', text: t('send') })])
  ]);
  ui.panelSlot.appendChild(ui.panel);
  renderLog();
  if (focusId && root.getElementById(focusId)) root.getElementById(focusId).focus();
}

function togglePanel(open, user) {
  if (!root) return;
  tab.open = open;
  persist();
  render();
  if (open && user && ui.input) ui.input.focus();
  if (!open && user) ui.fab.focus();
}

function submit() {
  var text = clip(ui.input.value.trim(), 2000);
  if (!text) return;
  ui.input.value = '';
  if (mode === 'chat') {
    track({ type: 'chat', text: text });
    addChat({ from: 'me', text: text, at: Date.now() });
  } else {
    track({ type: 'help', kind: helpKind, text: text });
    note = t('sent');
    render();
  }
}

// Staff messages open the panel (patent Fig. 3: the message pops up on the customer's screen)
// without taking the keyboard focus from wherever the visitor is.
function addChat(c) {
  tab.chat.push(c);
  if (tab.chat.length > CHAT_KEEP) tab.chat.shift();
  persist();
  if (ui.log && mode === 'chat') renderLog();
  else if (c.from === 'staff') { tab.open = true; mode = 'chat'; persist(); render(); }
}

// Actions (PROTOCOL.md will carry them in a later version; today they come from the JS API).
// Every string goes in as text; links must be http(s).
function showAction(a) {
  if (!a || typeof a !== 'object' || !running) return;
  if (!root) { pendingActions.push(a); return; }
  var id = String(a.id || 'a' + ++actionSeq), L = function (k) { return a[k] == null ? '' : clip(a[k], 300); };
  closeAction(id);
  var rec = { id: id, ref: a.ref > 0 ? a.ref : 0 };
  var done = function (outcome) { if (rec.ref) track({ type: 'outcome', ref: rec.ref, outcome: outcome }); };
  var body = h('div', { class: 'body' });
  var cta = function (label, fn) {
    return h('button', { class: 'pri', type: 'button', text: label, onclick: function () { done('clicked'); fn(); } });
  };
  var kind = a.kind;
  // A coupon leads with what it is worth; everything else with its text.
  if (kind === 'coupon') {
    if (L('discount')) body.appendChild(h('div', { class: 'big', text: L('discount') }));
    if (L('code')) body.appendChild(h('div', { class: 'code', text: L('code') }));
  }
  if (L('text')) body.appendChild(h('p', { text: L('text') }));
  if (kind === 'coupon') {
    var left = h('div', { class: 'note', role: 'timer' }), use = cta(L('label') || t('use'), function () { emit('coupon', a); });
    body.appendChild(left);
    body.appendChild(use);
    var tick = function () {
      var ms = (+a.expiresAt || 0) - (Date.now() + clockSkew);
      if (!a.expiresAt) { left.textContent = ''; return; }
      if (ms <= 0) { left.textContent = t('expired'); use.disabled = true; clearInterval(rec.timer); return; }
      var s = Math.ceil(ms / 1000), hh = Math.floor(s / 3600), mm = Math.floor(s / 60) % 60, ss = s % 60;
      left.textContent = t('left', (hh ? hh + ':' : '') + (mm < 10 && hh ? '0' : '') + mm + ':' + (ss < 10 ? '0' : '') + ss);
    };
    tick();
    rec.timer = setInterval(tick, 1000);
  } else if (kind === 'products') {
    body.appendChild(h('div', { class: 'items' }, (Array.isArray(a.items) ? a.items.slice(0, 12) : []).map(function (p) {
      var href = safeUrl(p && p.url, loc.href), img = safeUrl(p && p.image, loc.href);
      return h('a', { class: 'item', href: href || null, onclick: function () { done('clicked'); } }, [
        img ? h('img', { src: img, alt: '' }) : null,
        h('span', { text: clip(p && p.name, 100) }), p && p.price != null ? h('span', { class: 'note', text: clip(p.price, 40) }) : null]);
    })));
  } else if (kind === 'reload') {
    body.appendChild(cta(L('label') || t('reload'), function () {
      var u = a.url && safeUrl(a.url, loc.href);
      if (u) loc.assign(u); else loc.reload();
    }));
  } else if (kind === 'resort') {
    body.appendChild(cta(L('label') || t('resort'), function () { emit('resort', a); }));
  } else if (kind === 'keyword') {
    body.appendChild(h('div', { class: 'row' }, (Array.isArray(a.keywords) ? a.keywords.slice(0, 8) : []).map(function (k) {
      return cta(clip(k, 60), function () { emit('keyword', { keyword: clip(k, 200), ref: a.ref }); });
    })));
  } else if (L('url')) {
    var u = safeUrl(a.url, loc.href);
    if (u) body.appendChild(cta(L('label') || t('open'), function () { loc.assign(u); }));
  }
  var titleFor = { coupon: t('coupon'), products: t('products'), keyword: t('keyword'), resort: t('resort') };
  var card = h('div', { class: 'card', role: kind === 'popup' ? 'alertdialog' : 'region', 'aria-label': L('title') || titleFor[kind] || t('title'),
    'data-kind': String(kind), 'data-id': id, onkeydown: function (e) { if (e.key === 'Escape') { done('dismissed'); closeAction(id); } } }, [
    h('div', { class: 'hd' }, [h('b', { text: L('title') || titleFor[kind] || t('title') }),
      h('button', { class: 'x', type: 'button', 'aria-label': t('close'), text: '\u00d7',
        onclick: function () { done('dismissed'); closeAction(id); } })]),
    body]);
  rec.el = kind === 'popup' ? h('div', { class: 'pop' }, [card]) : card;
  if (kind === 'popup') { root.appendChild(rec.el); card.querySelector('button').focus(); }
  else ui.actions.appendChild(rec.el);
  actions.push(rec);
  done('shown');
}

function closeAction(id) {
  actions = actions.filter(function (a) {
    if (id != null && a.id !== String(id)) return true;
    clearInterval(a.timer);
    if (a.el.parentNode) a.el.parentNode.removeChild(a.el);
    if (a.el.className === 'pop' && ui.fab) ui.fab.focus(); // focus leaves the popup with it
    return false;
  });
}

// Shops react to suggestions through a cancelable DOM event; without a handler the tracker
// does the obvious thing for a plain multi-page shop (INSTALL.md, "Reacting to suggestions").
function emit(kind, a) {
  var ev;
  try { ev = new CustomEvent('floorwalker:action', { cancelable: true, detail: { kind: kind, action: a } }); } catch (e) { return; }
  if (!w.dispatchEvent(ev)) return;
  if (kind === 'resort' && a.sort) {
    var u = new URL(loc.href);
    u.searchParams.set(cfg.sortParam, clip(a.sort, 64));
    loc.assign(u.href);
  } else if (kind === 'keyword' && cfg.searchUrl) {
    var q = encodeURIComponent(a.keyword); // "$&" in it must not act as a replacement pattern
    var s = safeUrl(cfg.searchUrl.replace('{q}', function () { return q; }), loc.href);
    if (s) loc.assign(s);
  }
}

// ---------------------------------------------------------------- lifecycle and commands

function start() {
  if (running || !consent) return;
  if (!cfg.siteKey) { warn('no site key: add [\'setSiteKey\', \'...\'] to the snippet'); return; }
  if (!/^https?:$/.test(loc.protocol)) return;
  running = true;
  fatal = false;
  restore();
  sendPage('load');
  // Our own state may still say "hidden" from before a reload; the server must hear otherwise.
  if (d.hidden) { tab.hid = false; visibility(true); } else if (tab.hid) visibility(false);
  if (d.body) mount(); else d.addEventListener('DOMContentLoaded', mount);
  connect();
}

function stop() {
  running = false;
  clearTimeout(retryTimer);
  flushThrottles();
  if (ws) { var s = ws; ws = null; ready = false; try { s.close(1000); } catch (e) { /* closed */ } }
  closed(1000);
  unmount();
}

function decideConsent() {
  var strictGpc = gpcOn && cfg.gpc === 'strict';
  consent = !(cfg.requireConsent || strictGpc) || local.get(K_CONSENT) === '1';
}

var commands = {
  setSiteKey: function (k) { cfg.siteKey = clip(k, 64); },
  setServer: function (u) { cfg.server = String(u || ''); fatal = false; reconnect(); },
  setIdentityToken: function (tok) {
    cfg.token = String(tok || '');
    reconnect(); // a new hello carries the token; the session resumes
  },
  setLang: function (l) { cfg.lang = String(l || ''); render(); },
  setGpcPolicy: function (p) { cfg.gpc = p === 'strict' ? 'strict' : 'reduce'; },
  setSortParam: function (p) { cfg.sortParam = String(p || 'sort'); },
  setSearchUrl: function (u) { cfg.searchUrl = String(u || ''); },
  requireConsent: function () { cfg.requireConsent = true; },
  setConsentGiven: function () {
    consent = true;
    local.set(K_CONSENT, '1');
    start();
  },
  forgetConsent: function () {
    stop();
    cfg.requireConsent = true;
    consent = false;
    local.del(K_VISITOR);
    local.del(K_CONSENT);
    session.del(K_TAB);
    session.del(K_QUEUE);
    out = new Outbox();
    tab = { sid: '', shown: 0, chat: [], open: false, hid: false, vid: '' };
    curPage = null;
  },
  trackPageView: function (nav) { if (running) sendPage(nav === 'replace' ? 'replace' : 'push', true); },
  help: function (o) {
    if (o && /^(complaint|request)$/.test(o.kind) && String(o.text || '').trim())
      track({ type: 'help', kind: o.kind, text: clip(String(o.text).trim(), 2000) });
  },
  openChat: function () { togglePanel(true, true); },
  closeChat: function () { togglePanel(false, false); },
  showAction: showAction,
  closeAction: closeAction
};

function run(cmd) {
  if (!cmd || !cmd.length) return;
  var f = commands[cmd[0]];
  if (!f) { warn('unknown command ' + clip(cmd[0], 40)); return; }
  try { f.apply(null, Array.prototype.slice.call(cmd, 1)); } catch (e) { warn(cmd[0] + ': ' + e); }
}

// Setting commands from the snippet come first, so the queue is read in two passes.
var queued = Array.isArray(w.floorwalker) ? w.floorwalker : [];
w.floorwalker = { v: 1, push: function () { for (var i = 0; i < arguments.length; i++) run(arguments[i]); } };
var later = queued.filter(function (c) { return c && /^(showAction|openChat|trackPageView|help)$/.test(c[0]); });
queued.forEach(function (c) { if (later.indexOf(c) < 0) run(c); });
decideConsent();
start();
later.forEach(run);

// ---- page hooks (installed once; they do nothing while not running)

['pushState', 'replaceState'].forEach(function (fn) {
  var orig = history[fn];
  if (typeof orig !== 'function') return;
  history[fn] = function () {
    var r = orig.apply(this, arguments);
    // Routers update the title and meta tags just after the URL: read them a moment later.
    if (running) deferPage(fn === 'pushState' ? 'push' : 'replace');
    return r;
  };
});
w.addEventListener('popstate', function () { if (running) deferPage('pop'); });
w.addEventListener('scroll', function () { if (running) scrollT.hit(); }, { passive: true });
d.addEventListener('keydown', function () { input('key'); }, true);
d.addEventListener('pointermove', function (e) { if (e.pointerType !== 'touch') input('pointer'); }, { passive: true, capture: true });
d.addEventListener('touchstart', function () { input('touch'); }, { passive: true, capture: true });
d.addEventListener('click', onClick, true);
d.addEventListener('visibilitychange', function () {
  if (!running || unloading) return;
  flushThrottles();
  visibility(d.hidden);
  if (!d.hidden && !ws) connect();
});
w.addEventListener('online', function () { if (running && !ws) connect(); });
// pagehide comes before the visibility change of a navigation: that hidden is not the visitor
// leaving the tab, so it is not reported. Closing the socket keeps the page bfcache-friendly.
w.addEventListener('pagehide', function () {
  if (!running) return;
  flushThrottles();
  persist();
  unloading = true;
  if (ws) { var s = ws; ws = null; ready = false; try { s.close(1000); } catch (e) { /* closed */ } }
  clearTimeout(retryTimer);
  clearInterval(pingTimer);
});
w.addEventListener('pageshow', function (e) {
  if (!e.persisted || !running) return;
  // Back from the bfcache: another page may have used the tab's state since.
  unloading = false;
  restore();
  curPage = null;
  sendPage('pop');
  connect();
});
})();
