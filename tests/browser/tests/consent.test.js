'use strict';
// Consent: with consent required and not given, nothing is written to any storage and nothing
// is sent. Giving consent starts tracking; forgetting it erases what the tracker stored.
// Global Privacy Control: no visitor id that outlives the tab, no referrer.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

// Everything the page could have stored, cookies and IndexedDB included.
const storage = (page) => page.evaluate(async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  cookie: document.cookie,
  idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
}));

const env = h.sharedServer(test);

test('without consent nothing is stored and nothing is sent', { timeout: 90000 }, async (t) => {
  const b = await h.launch();
  t.after(() => b.close());
  const page = b.page;
  await h.preload(b.context, [['requireConsent']]);
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const before = env.con.visitors.size;

  // Browse like anyone would: scroll, move, type, click through to other pages.
  await page.goto(env.info.shop);
  await page.locator('.grid .card').first().waitFor();
  await page.waitForFunction(() => window.floorwalker && window.floorwalker.v === 1);
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 600);
  await page.locator('.search input').fill('코트');
  await page.locator('.search input').press('Enter');
  await page.waitForURL(/search\.html/);
  await page.locator('.grid .card').first().click();
  await page.waitForURL(/product\.html/);
  await page.locator('.detail h1').waitFor();
  await h.sleep(2500);

  assert.deepEqual(sockets, [], 'no WebSocket was opened');
  assert.deepEqual(await storage(page), { local: [], session: [], cookie: '', idb: [] });
  assert.equal(await page.locator('#floorwalker-ui').count(), 0, 'no widget before consent');
  assert.equal(env.con.visitors.size, before, 'the server saw no visitor');

  // Consent given: tracking starts on this page, and is remembered on the next.
  await page.evaluate(() => window.floorwalker.push(['setConsentGiven']));
  await h.waitFor(() => sockets.length === 1, { what: 'a socket after consent' });
  const sid = await h.sessionIdOf(page);
  await h.waitFor(() => env.con.visitors.get(sid), { what: 'the visitor at the console' });
  const s = await storage(page);
  assert.deepEqual(s.local.sort(), ['fw_consent', 'fw_vid']);
  assert.deepEqual(s.session.sort(), ['fw_q', 'fw_tab']);
  const vid = await page.evaluate(() => localStorage.getItem('fw_vid'));
  assert.equal(env.con.visitors.get(sid).visitorId, vid);

  await page.locator('.cats a').first().click();
  await page.waitForURL(/category\.html/);
  await h.waitFor(() => env.con.visitors.get(sid)?.page.kind === 'category', { what: 'the next page, same session' });

  // Withdrawn: the tracker's keys are gone, the socket closes, the widget goes.
  await page.evaluate(() => window.floorwalker.push(['forgetConsent']));
  await h.waitFor(() => env.con.visitors.get(sid)?.connected === false, { what: 'the disconnect' });
  assert.deepEqual(await storage(page), { local: [], session: [], cookie: '', idb: [] });
  assert.equal(await page.locator('#floorwalker-ui').count(), 0);
  const count = sockets.length;
  await page.reload();
  await page.locator('.grid .card').first().waitFor();
  await page.mouse.wheel(0, 300);
  await h.sleep(1500);
  assert.equal(sockets.length, count, 'nothing sent after consent was withdrawn');
  assert.deepEqual(await storage(page), { local: [], session: [], cookie: '', idb: [] });
  assert.deepEqual(b.errors, []);
});

test('Global Privacy Control: no lasting visitor id, no referrer', { timeout: 60000 }, async (t) => {
  const referer = 'https://search.example/?q=coat';
  const open = async (gpc) => {
    const b = await h.launch();
    if (gpc) await b.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await b.page.goto(env.info.shop + 'product.html?id=P-201', { referer });
    const sid = await h.sessionIdOf(b.page);
    const v = await h.waitFor(() => env.con.visitors.get(sid), { what: 'the visitor' });
    return { b, v, tab: (await h.tabState(b.page)).tab, local: await b.page.evaluate(() => Object.keys(localStorage)) };
  };

  // Control: without GPC the referrer is sent and the visitor id lives in localStorage.
  const plain = await open(false);
  t.after(() => plain.b.close());
  assert.equal(plain.v.referrer, referer);
  assert.deepEqual(plain.local, ['fw_vid']);

  const gpc = await open(true);
  t.after(() => gpc.b.close());
  assert.ok(!gpc.v.referrer, `referrer sent under GPC: ${gpc.v.referrer}`);
  assert.deepEqual(gpc.local, []);
  assert.match(gpc.tab.vid, /^t_/);
  assert.equal(gpc.v.visitorId, gpc.tab.vid);

  // A shop that treats GPC as a refusal: nothing at all.
  const b = await h.launch();
  t.after(() => b.close());
  await b.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await h.preload(b.context, [['setGpcPolicy', 'strict']]);
  const sockets = [];
  b.page.on('websocket', (ws) => sockets.push(ws.url()));
  await b.page.goto(env.info.shop);
  await b.page.locator('.grid .card').first().waitFor();
  await h.sleep(1500);
  assert.deepEqual(sockets, []);
  assert.deepEqual(await storage(b.page), { local: [], session: [], cookie: '', idb: [] });
  for (const x of [plain.b, gpc.b, b]) assert.deepEqual(x.errors, []);
});
