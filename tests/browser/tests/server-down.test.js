'use strict';
// With Floorwalker down (or slow), the shop still works: no uncaught error, no busy loop, a
// bounded queue and bounded reconnects. The shop is served by a plain static server here,
// because the point is a shop whose Floorwalker server is gone.
const test = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const h = require('../lib/harness');

// Console errors the browser itself prints for a refused socket or script; not page errors.
const expected = (e) => /^console: (WebSocket connection to .* failed|Failed to load resource)/.test(e);

// Walks the shop the way a buyer would and checks that every step worked.
async function shop(page, base) {
  await page.goto(base + 'category.html?c=knit');
  await page.locator('.grid .card').first().waitFor();
  await page.locator('#sort').selectOption('price-desc');
  await h.waitFor(() => page.url().includes('sort=price-desc'), { what: 'the sort' });
  await page.locator('.grid a[href="product.html?id=P-201"]').click();
  await page.locator('#add').click();
  assert.equal(await page.locator('.badge').textContent(), '1');
  await page.locator('#cartlink').click();
  await page.locator('.lines .line').first().waitFor();
  await page.locator('#checkout').click();
  await page.locator('#order input[name=name]').fill('김데모');
  await page.locator('#order input[name=phone]').fill('010-0000-0000');
  await page.locator('#order input[name=address]').fill('서울시 중구');
  await page.locator('#pay').click();
  await page.waitForURL(/done=1/);
  await page.locator('.hero h1').waitFor();
}

// CPU time the page's scripts used during ms of idling (Chromium's own counter).
async function scriptSeconds(page, ms) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const get = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  const start = await get();
  await h.sleep(ms);
  return (await get()) - start;
}

test('a refused server: the page works, retries back off, the queue stays bounded', { timeout: 90000 }, async (t) => {
  const port = await h.deadPort();
  const site = await h.staticShop({ wsUrl: `ws://{host}:${port}/v1/visitor` });
  const b = await h.launch();
  t.after(async () => { await b.close(); await site.close(); });
  const page = b.page;
  const attempts = [];
  page.on('websocket', (ws) => attempts.push(Date.now()));

  await shop(page, site.shop);
  assert.equal(await page.locator('#floorwalker-ui button.fab').count(), 1, 'the widget is there even offline');

  // Staying on one page: reconnects back off (1 s, 2 s, 4 s, 8 s...) instead of spinning.
  await page.goto(site.shop + 'product.html?id=P-301');
  await page.locator('.detail h1').waitFor();
  const from = attempts.length;
  const cpu = await scriptSeconds(page, 12000);
  const tries = attempts.slice(from);
  // At about 0, 1, 3 and 7 s (jitter only shortens the waits); a spinning tracker would make hundreds.
  assert.ok(tries.length >= 3 && tries.length <= 5, `reconnect attempts in 12 s: ${tries.length}`);
  for (let i = 2; i < tries.length; i++) {
    assert.ok(tries[i] - tries[i - 1] >= (tries[i - 1] - tries[i - 2]) * 1.4, `gaps grow: ${tries.map((x) => x - tries[0])}`);
  }
  assert.ok(cpu < 0.5, `script time while idle: ${cpu.toFixed(3)} s`);

  // A visitor who keeps clicking and scrolling cannot grow the queue past its cap.
  for (let i = 0; i < 300; i++) await page.mouse.click(100 + (i % 50) * 10, 200);
  for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, i % 2 ? -300 : 300); await h.sleep(30); }
  const st = await h.tabState(page);
  assert.ok(st.queue.n > 300, `events numbered: ${st.queue.n}`);
  assert.equal(st.queue.q.length, 200, 'queue capped at 200 events');
  assert.equal(st.queue.q[199].seq, st.queue.n, 'the newest are kept');
  const bytes = await page.evaluate(() => Object.keys(sessionStorage).reduce((s, k) => s + k.length + sessionStorage.getItem(k).length, 0)
    + Object.keys(localStorage).reduce((s, k) => s + k.length + localStorage.getItem(k).length, 0));
  assert.ok(bytes < 40000, `storage used: ${bytes} characters`);
  assert.deepEqual(b.errors.filter((e) => !expected(e)), []);
});

test('a server that accepts but never answers: timeouts, no error', { timeout: 60000 }, async (t) => {
  // Takes the TCP connection and says nothing, like a hung server or proxy.
  const silent = net.createServer((s) => { s.on('error', () => {}); });
  await new Promise((r) => silent.listen(0, '127.0.0.1', r));
  let connections = 0;
  silent.on('connection', () => connections++);
  const site = await h.staticShop({ wsUrl: `ws://{host}:${silent.address().port}/v1/visitor` });
  const b = await h.launch();
  t.after(async () => { await b.close(); await site.close(); silent.close(); });
  await b.page.goto(site.shop + 'product.html?id=P-102');
  await b.page.locator('.detail h1').waitFor();
  await b.page.locator('#add').click();
  assert.equal(await b.page.locator('.badge').textContent(), '1');
  // Gives up on the handshake after 10 s, then retries after its backoff.
  await h.waitFor(() => connections >= 2, { timeout: 16000, what: 'a second attempt after the welcome timeout' });
  assert.ok(connections <= 3, `connections: ${connections}`);
  assert.deepEqual(b.errors.filter((e) => !expected(e)), []);
});

test('tracker.js missing: the snippet queue is harmless', { timeout: 30000 }, async (t) => {
  const site = await h.staticShop({ wsUrl: 'unused', trackerStatus: 503 });
  const b = await h.launch();
  t.after(async () => { await b.close(); await site.close(); });
  await shop(b.page, site.shop);
  assert.equal(await b.page.locator('#floorwalker-ui').count(), 0);
  assert.ok(await b.page.evaluate(() => Array.isArray(window.floorwalker) &&
    window.floorwalker.some((c) => Array.isArray(c) && c[0] === 'setSiteKey')), 'the snippet\'s commands wait in the queue');
  assert.deepEqual(b.errors.filter((e) => !expected(e)), []);
});

test('the real server stopped under a loaded page', { timeout: 60000 }, async (t) => {
  const server = new h.Server();
  const info = await server.start();
  const b = await h.launch();
  t.after(async () => { await b.close(); await server.dispose(); });
  const page = b.page;
  await page.goto(info.shop + 'category.html?c=bags');
  await h.sessionIdOf(page);
  await server.stop();
  // The page keeps working without its server: sorting, the widget, chat typed into the void.
  await page.locator('#sort').selectOption('price-asc');
  await h.waitFor(() => page.url().includes('sort=price-asc'), { what: 'the sort' });
  await h.ui(page).locator('button.fab').click();
  await h.ui(page).locator('textarea').fill('여보세요?');
  await h.ui(page).locator('textarea').press('Enter');
  assert.equal(await h.ui(page).locator('.m.me').count(), 1);
  await page.mouse.wheel(0, 500);
  await h.sleep(4000);
  const st = await h.tabState(page);
  assert.ok(st.queue.q.some((e) => e.type === 'chat'), 'the chat waits in the queue');
  assert.deepEqual(b.errors.filter((e) => !expected(e)), []);
});
