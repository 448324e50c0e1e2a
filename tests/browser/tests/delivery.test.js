'use strict';
// Cut the connection, act on the page, restore it: every event arrives exactly once, in order.
// A TCP proxy sits between the page and the server's WebSocket port; the tracker is pointed at
// it with setServer. Before the cut the proxy swallows the server's replies, so the server
// applies events whose acks never reach the tracker; the reconnect must not apply them twice.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

test('events survive a cut connection, once each and in order', { timeout: 120000 }, async (t) => {
  const server = new h.Server();
  const info = await server.start();
  const con = await new h.Console(info.consoleWs, info.demoLogin).connect();
  const proxy = new h.Proxy(Number(new URL(info.ws).port));
  await proxy.listen();
  const b = await h.launch();
  t.after(async () => { await b.close(); con.close(); await proxy.close(); await server.dispose(); });
  await h.preload(b.context, [['setServer', `ws://127.0.0.1:${proxy.port}/v1/visitor`]]);
  const page = b.page;

  // Every frame the pages send, resends included.
  const sentFrames = [];
  page.on('websocket', (ws) => ws.on('framesent', (f) => sentFrames.push(JSON.parse(f.payload))));

  const chat = async (text) => {
    const panel = h.ui(page).locator('.panel');
    if (!(await panel.count())) await h.ui(page).locator('button.fab').click();
    await panel.locator('textarea').fill(text);
    await panel.locator('textarea').press('Enter');
  };
  const queued = async () => (await h.tabState(page)).queue?.q.length ?? -1;

  await page.goto(info.shop + 'category.html?c=outer');
  const sid = await h.sessionIdOf(page);
  await h.waitFor(() => con.visitors.get(sid)?.connected, { what: 'the visitor connected through the proxy' });
  await h.waitFor(async () => (await queued()) === 0, { what: 'the first events acknowledged' });

  // 1. The server hears us but we never hear the server.
  proxy.muteReplies();
  await chat('A1');
  await chat('A2');
  await h.waitFor(() => con.changesFor(sid, 'chat').length === 2, { what: 'A1 and A2 at the server' });
  assert.ok((await queued()) >= 2, 'the tracker still holds A1 and A2 (no ack reached it)');

  // 2. Cut: act on this page and on others while nothing gets through.
  await proxy.cut();
  await h.waitFor(() => con.visitors.get(sid)?.connected === false, { what: 'the server to see the cut' });
  await chat('B1');
  await page.mouse.wheel(0, 400);
  await page.locator('.grid a[href="product.html?id=P-103"]').click();
  await page.waitForURL(/P-103/);
  await page.locator('.detail h1').waitFor();
  await chat('B2');
  await page.locator('#add').click();
  await page.locator('#cartlink').click();
  await page.waitForURL(/cart\.html/);
  await chat('B3');
  await h.sleep(1500);
  const offline = (await h.tabState(page)).queue;
  assert.ok(offline.q.length >= 8, `events queued while cut off: ${offline.q.length}`);
  const seqs = offline.q.map((e) => e.seq);
  assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y), 'queue in seq order');

  // 3. Restore: the tracker reconnects by itself (backoff) and the queue drains.
  await proxy.restore();
  await h.waitFor(async () => (await queued()) === 0, { timeout: 40000, what: 'the queue to drain after the restore' });
  const last = (await h.tabState(page)).queue.n;

  // Chat: each message once, in the order typed, at the console and in the server's history.
  const texts = ['A1', 'A2', 'B1', 'B2', 'B3'];
  await h.waitFor(() => con.changesFor(sid, 'chat').length >= 5, { what: 'five chat messages' });
  await h.sleep(500);
  assert.deepEqual(con.changesFor(sid, 'chat').map((c) => c.message.text), texts);
  const hist = await con.history(sid);
  assert.deepEqual(hist.chats.map((c) => c.text), texts);
  const chatSeqs = hist.chats.map((c) => Number(c.id.slice(1)));
  assert.deepEqual(chatSeqs, [...chatSeqs].sort((x, y) => x - y));
  assert.deepEqual(hist.trail.map((e) => new URL(e.page.url).pathname), ['/shop/category.html', '/shop/product.html', '/shop/cart.html']);

  // Everything the tracker numbered is stored exactly once, in seq order, as it was sent.
  let lastSeen;
  const stored = await h.waitFor(() => { const s = h.storedEvents(server.dataDir, sid); lastSeen = s; return s.length === last && s; },
    { what: `${last} stored events` }).catch((e) => { console.log(JSON.stringify(lastSeen.map((x) => [x.seq, x.type]))); console.log(JSON.stringify(sentFrames.map((f) => [f.seq, f.type]))); throw e; });
  assert.deepEqual(stored.map((e) => e.seq), Array.from({ length: last }, (_, i) => i + 1));
  const bySeq = new Map();
  for (const f of sentFrames) if (f.seq) bySeq.set(f.seq, f);
  for (const e of stored) {
    assert.equal(e.type, bySeq.get(e.seq).type, `event ${e.seq}`);
    if (e.type === 'chat') assert.equal(e.data.text, bySeq.get(e.seq).text);
  }
  // A1 and A2 were applied but never acknowledged to the tracker; welcome.ackedUpTo told it so
  // on the reconnect, so it resent only what came after them.
  for (const text of ['A1', 'A2', 'B1']) {
    assert.equal(sentFrames.filter((f) => f.type === 'chat' && f.text === text).length, 1, `${text} sent once`);
  }
  assert.deepEqual(server.problems(), []);
  assert.deepEqual(b.errors.filter((e) => !/WebSocket connection to .* failed/.test(e)), []);
});

// "Duplicate tab" copies sessionStorage, so two tabs start out with one session. The server
// lets the newer socket have it (4009 for the older); the older tab must fork a session of its
// own instead of fighting over the numbering, and both keep being heard.
test('a duplicated tab forks its own session', { timeout: 60000 }, async (t) => {
  const server = new h.Server();
  const info = await server.start();
  const con = await new h.Console(info.consoleWs, info.demoLogin).connect();
  const b = await h.launch();
  t.after(async () => { await b.close(); con.close(); await server.dispose(); });
  const first = b.page;
  await first.goto(info.shop + 'product.html?id=P-401');
  const sid = await h.sessionIdOf(first);
  await h.waitFor(() => con.visitors.get(sid)?.connected, { what: 'the first tab' });
  await h.waitFor(async () => (await h.tabState(first)).queue.q.length === 0, { what: 'the first tab settled' });

  const copy = await first.evaluate(() => ({ tab: sessionStorage.getItem('fw_tab'), q: sessionStorage.getItem('fw_q') }));
  const second = await b.context.newPage();
  await second.addInitScript((c) => {
    if (!sessionStorage.getItem('fw_tab')) { sessionStorage.setItem('fw_tab', c.tab); sessionStorage.setItem('fw_q', c.q); }
  }, copy);
  await second.goto(info.shop + 'product.html?id=P-402');
  await h.waitFor(() => con.visitors.get(sid)?.page.productId === 'P-402', { what: 'the copy resuming the session' });

  const forked = await h.waitFor(async () => { const s = (await h.tabState(first)).tab.sid; return s !== sid && s; },
    { what: 'the first tab to fork a new session' });
  await h.waitFor(() => con.visitors.get(forked)?.connected && con.visitors.get(sid)?.connected, { what: 'both tabs connected' });
  // Each tab is heard in its own session.
  for (const [page, text] of [[first, '첫 번째 탭'], [second, '두 번째 탭']]) {
    await h.ui(page).locator('button.fab').click();
    await h.ui(page).locator('textarea').fill(text);
    await h.ui(page).locator('textarea').press('Enter');
  }
  await h.waitFor(() => con.changesFor(forked, 'chat').length && con.changesFor(sid, 'chat').length, { what: 'both chats' });
  assert.deepEqual(con.changesFor(forked, 'chat').map((c) => c.message.text), ['첫 번째 탭']);
  assert.deepEqual(con.changesFor(sid, 'chat').map((c) => c.message.text), ['두 번째 탭']);
  await h.sleep(3000);
  assert.ok(con.visitors.get(forked).connected && con.visitors.get(sid).connected, 'no fight over the session');
  assert.deepEqual(server.problems(), []);
  assert.deepEqual(b.errors, []);
});
