'use strict';
// Shared pieces of the browser tests: a real floorwalker-server, a real console connection
// (docs/PROTOCOL.md, /v1/console), a real Chromium, and a TCP proxy we can cut.

const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const WebSocket = require('ws');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '..', '..', '..');
const SERVER_BIN = path.resolve(REPO, process.env.FW_SERVER_BIN || 'build/dev/server/floorwalker-server');
const CHROMIUM = process.env.FW_CHROMIUM || '/usr/bin/chromium';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The server's own record (a real SQLite file): every event of the session, in arrival order.
function storedEvents(dataDir, sid) {
  const py = 'import json,sqlite3,sys\n' +
    'db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)\n' +
    'rows = db.execute("SELECT seq, type, received_at, data FROM events WHERE session_id = ? ORDER BY received_at, rowid", (sys.argv[2],)).fetchall()\n' +
    'print(json.dumps(rows))';
  return JSON.parse(execFileSync('python3', ['-c', py, path.join(dataDir, 'floorwalker.db'), sid], { encoding: 'utf8' }))
    .map(([seq, type, at, data]) => ({ seq, type, at, data: JSON.parse(data) }));
}

function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// Polls fn until it returns something truthy; fails with what was last seen.
async function waitFor(fn, { timeout = 10000, interval = 100, what = 'condition', detail } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail ? ` (${detail()})` : ''}`);
    }
    await sleep(interval);
  }
}

// ------------------------------------------------------------------------- the server

class Server {
  constructor(opts = {}) {
    this.ownDir = !opts.dataDir;
    this.dataDir = opts.dataDir || tmpDir('fw-browser-');
    this.extraArgs = opts.args || [];
    this.proc = null;
    this.info = null;
    this.log = '';
  }

  async start({ listen = '127.0.0.1:0', wsListen } = {}) {
    const args = ['--demo', '--data-dir', this.dataDir, '--listen', listen, ...this.extraArgs];
    if (wsListen) args.push('--ws-listen', wsListen);
    if (!fs.existsSync(SERVER_BIN)) throw new Error(`server binary not found: ${SERVER_BIN} (set FW_SERVER_BIN)`);
    const proc = spawn(SERVER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    this.exited = new Promise((r) => proc.once('exit', (code, sig) => r({ code, sig })));
    proc.stderr.on('data', (b) => { this.log += b; });
    const info = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('server did not print ready in 30 s:\n' + this.log)), 30000);
      proc.stdout.on('data', (b) => {
        out += b;
        const m = /^ready (\{.*\})$/m.exec(out);
        if (m) { clearTimeout(timer); resolve(JSON.parse(m[1])); }
      });
      proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}:\n${this.log}`)); });
    });
    // The demo password is printed only when the account is created; keep it across restarts.
    if (!info.demoLogin && this.info) info.demoLogin = this.info.demoLogin;
    this.info = info;
    return info;
  }

  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    this.proc.kill('SIGTERM');
    const r = await Promise.race([this.exited, sleep(10000).then(() => null)]);
    if (!r) { this.proc.kill('SIGKILL'); await this.exited; }
    this.proc = null;
  }

  // Stops the server and deletes the data folder it made (FW_KEEP_DATA=1 keeps it for a post-mortem).
  async dispose() {
    await this.stop();
    if (this.ownDir && !process.env.FW_KEEP_DATA) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  // Lines of the server's log that mean something was lost (e.g. a write it could not store).
  problems() {
    return this.log.split('\n').filter((l) => /dropped op|write of .* failed|critical/i.test(l));
  }

  get shop() { return this.info.shop; }
  get http() { return this.info.http; }
}

// ------------------------------------------------------------------------- a console

// Logs in as the demo admin and mirrors the live list from snapshot + deltas. Every change is
// also kept in `changes`, in arrival order, for assertions about what happened when.
class Console {
  constructor(url, login) {
    this.url = url;
    this.login = login;
    this.visitors = new Map();
    this.changes = [];
    this.pending = new Map();
    this.reqId = 0;
    this.serverTimeOffset = 0;
    this.listeners = new Set();
  }

  async connect() {
    this.ws = new WebSocket(this.url);
    await new Promise((res, rej) => { this.ws.once('open', res); this.ws.once('error', rej); });
    const ready = new Promise((resolve, reject) => {
      this.ws.on('message', (data) => {
        const m = JSON.parse(String(data));
        if (m.type === 'login_failed') reject(new Error('console login failed: ' + JSON.stringify(m)));
        this.handle(m);
        if (m.type === 'snapshot') resolve();
      });
    });
    this.send({ type: 'login', v: 1, user: this.login.user, password: this.login.password, client: 'floorwalker-browser-tests' });
    await ready;
    this.ping = setInterval(() => this.send({ type: 'ping' }), 15000);
    return this;
  }

  send(m) { this.ws.send(JSON.stringify(m)); }

  handle(m) {
    if (m.serverTime) this.serverTimeOffset = m.serverTime - Date.now();
    if (m.type === 'snapshot') {
      this.visitors.clear();
      for (const v of m.visitors) this.visitors.set(v.id, v);
      this.thresholds = m.thresholds;
    } else if (m.type === 'delta') {
      for (const c of m.changes) this.apply(c);
    } else if (m.reqId && this.pending.has(m.reqId)) {
      this.pending.get(m.reqId)(m);
      this.pending.delete(m.reqId);
    }
    for (const l of this.listeners) l(m);
  }

  apply(c) {
    this.changes.push(c);
    const v = c.id && this.visitors.get(c.id);
    switch (c.op) {
      case 'arrive': this.visitors.set(c.visitor.id, c.visitor); break;
      case 'leave': this.visitors.delete(c.id); break;
      case 'page':
        if (v) {
          v.page = c.page; v.enteredAt = c.at; v.pageCount = c.pageCount; v.visibleMs = 0; v.visibleAsOf = c.at;
          v.hidden = false;
          v.trail.push({ page: c.page, enteredAt: c.at, visibleMs: 0 });
        }
        break;
      case 'state': if (v) v.state = { name: c.to, since: c.at, evidence: c.evidence }; break;
      case 'scroll': if (v) { v.scrollDepth = c.depth; v.maxScrollDepth = c.maxDepth; } break;
      case 'visibility': if (v) { v.hidden = c.hidden; v.visibleMs = c.visibleMs; v.visibleAsOf = c.at; } break;
      case 'connection': if (v) v.connected = c.connected; break;
      default: break;
    }
  }

  request(cmd, timeout = 10000) {
    const reqId = ++this.reqId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to ' + cmd.type)), timeout);
      this.pending.set(reqId, (m) => { clearTimeout(timer); resolve(m); });
      this.send({ ...cmd, reqId });
    });
  }

  async setThresholds(values) {
    const r = await this.request({ type: 'thresholds_set', values });
    if (!r.ok) throw new Error('thresholds_set refused: ' + JSON.stringify(r));
  }

  history(sessionId) { return this.request({ type: 'history_get', sessionId }); }

  changesFor(id, op) { return this.changes.filter((c) => (c.id === id || (c.visitor && c.visitor.id === id) || (c.message && c.message.sessionId === id) || (c.request && c.request.sessionId === id)) && (!op || c.op === op)); }

  close() {
    clearInterval(this.ping);
    try { this.ws.close(); } catch (e) { /* closed */ }
  }
}

// ------------------------------------------------------------------------- Chromium

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// One fresh profile per call: no state leaks from one test to the next.
async function launch(opts = {}) {
  const profile = tmpDir('fw-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport || { width: 1280, height: 900 },
    locale: opts.locale || 'ko-KR',
    deviceScaleFactor: opts.deviceScaleFactor || 1,
    isMobile: opts.isMobile || false,
    hasTouch: opts.hasTouch || false,
  });
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] || await context.newPage();
  return {
    context, page, errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The tracker's per-tab state, as the page sees it.
async function tabState(page) {
  return page.evaluate(() => ({
    tab: JSON.parse(sessionStorage.getItem('fw_tab') || 'null'),
    queue: JSON.parse(sessionStorage.getItem('fw_q') || 'null'),
  }));
}

async function sessionIdOf(page) {
  return waitFor(async () => (await tabState(page)).tab?.sid, { what: 'a session id in sessionStorage' });
}

// Queue commands for the tracker before any page script runs (the snippet keeps the array).
async function preload(context, commands) {
  await context.addInitScript((cmds) => { window.floorwalker = cmds; }, commands);
}

// The shadow root of the tracker's UI.
function ui(page) {
  return page.locator('#floorwalker-ui');
}

// ------------------------------------------------------------------------- a TCP proxy

// Stands between the page and the server's WebSocket port. `cut()` drops every connection
// and refuses new ones; `muteReplies()` keeps forwarding what the page sends but swallows the
// server's answers, so the server applies events the tracker never sees acknowledged.
class Proxy {
  constructor(targetPort) {
    this.targetPort = targetPort;
    this.sockets = new Set();
    this.mute = false;
    this.connections = 0;
  }

  listen(port = 0) {
    this.server = net.createServer((client) => {
      this.connections++;
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      const pair = { client, upstream };
      this.sockets.add(pair);
      client.on('data', (b) => upstream.write(b));
      upstream.on('data', (b) => { if (!this.mute) client.write(b); });
      const end = () => { client.destroy(); upstream.destroy(); this.sockets.delete(pair); };
      client.on('error', end); upstream.on('error', end); client.on('close', end); upstream.on('close', end);
    });
    return new Promise((res) => this.server.listen(port, '127.0.0.1', () => {
      this.port = this.server.address().port;
      res(this.port);
    }));
  }

  muteReplies() { this.mute = true; }

  async cut() {
    for (const { client, upstream } of this.sockets) { client.destroy(); upstream.destroy(); }
    this.sockets.clear();
    await new Promise((res) => this.server.close(res));
    this.mute = false;
  }

  restore() { return this.listen(this.port); }

  close() { return this.cut().catch(() => {}); }
}

// ------------------------------------------------------------------------- a plain static server

// Serves the demo shop without Floorwalker, for "the server is down" tests: /shop/ from
// resources/demo-shop and /tracker.js with the WebSocket URL pointing wherever we say.
function staticShop({ wsUrl, trackerStatus = 200 }) {
  const root = path.join(REPO, 'resources', 'demo-shop');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.css': 'text/css',
    '.json': 'application/json', '.svg': 'image/svg+xml' };
  const srv = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/tracker.js') {
      if (trackerStatus !== 200) { res.writeHead(trackerStatus); res.end(); return; }
      const js = fs.readFileSync(path.join(REPO, 'resources', 'tracker', 'tracker.js'), 'utf8')
        .replace('__FLOORWALKER_WS_URL__', wsUrl);
      res.writeHead(200, { 'content-type': types['.js'] });
      res.end(js);
      return;
    }
    let rel = url.pathname.replace(/^\/shop\//, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((res) => srv.listen(0, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${srv.address().port}`;
    res({ base, shop: base + '/shop/', close: () => new Promise((r) => srv.close(r)) });
  }));
}

// A port nobody listens on (bound, read, released).
function deadPort() {
  return new Promise((res) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  });
}

// One server and one logged-in console shared by every test in a file (node:test's before and
// after); at the end the server must have lost nothing. The fields are there once `before` ran.
function sharedServer(test) {
  const env = {};
  test.before(async () => {
    env.server = new Server();
    env.info = await env.server.start();
    env.con = await new Console(env.info.consoleWs, env.info.demoLogin).connect();
  });
  test.after(async () => {
    env.con?.close();
    await env.server?.dispose();
    assert.deepEqual(env.server?.problems(), [], 'the server lost nothing');
  });
  return env;
}

// Fast thresholds so behaviour states appear within seconds (the protocol's minimums).
const FAST = { idleSeconds: 10, browseSeconds: 5, interestSeconds: 5, hopWindowSeconds: 10, hopMoves: 2,
  interestScrollAfterSeconds: 30, goneAfterSeconds: 5 };

module.exports = { REPO, Server, Console, Proxy, launch, tabState, sessionIdOf, preload, ui, waitFor, sleep,
  staticShop, deadPort, FAST, tmpDir, sharedServer, storedEvents };
