'use strict';
// A visitor in the demo shop scrolls, waits, hops and dwells; the server, watched through the
// console protocol, must report the matching states, the page trail and the dwell time.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

test('states, trail and dwell reach the console', { timeout: 120000 }, async (t) => {
  const server = new h.Server();
  const info = await server.start();
  const con = await new h.Console(info.consoleWs, info.demoLogin).connect();
  const b = await h.launch();
  t.after(async () => { await b.close(); con.close(); await server.dispose(); });
  await con.setThresholds(h.FAST);
  const page = b.page;

  const states = (sid) => con.changesFor(sid, 'state').map((c) => c.to);
  const waitState = (sid, name, timeout) => h.waitFor(() => con.visitors.get(sid)?.state.name === name,
    { timeout, what: `state ${name} (states so far: ${states(sid).join(', ')})` });

  // Home page, then scrolling only: R2 "browsing" after browseSeconds of visible time.
  await page.goto(info.shop);
  await page.locator('.grid .card').first().waitFor();
  const sid = await h.sessionIdOf(page);
  await h.waitFor(() => con.visitors.get(sid), { what: 'the visitor in the live list' });
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 250);
    await h.sleep(500);
  }
  await waitState(sid, 'browsing', 5000);
  const v = con.visitors.get(sid);
  assert.ok(v.maxScrollDepth > 30, `scroll depth reported: ${v.maxScrollDepth}`);

  // Then nothing at all: R1 "stalled" after idleSeconds without any event.
  await waitState(sid, 'stalled', 15000);

  // Hop: more than hopMoves page moves inside hopWindowSeconds (R3). One move is a
  // single-page-app navigation: the category's sort replaces the URL.
  const visited = [info.shop];
  const go = async (selector) => {
    const from = page.url();
    await Promise.all([page.waitForURL((u) => u.href !== from), page.locator(selector).first().click()]);
    visited.push(page.url());
  };
  await go('.cats a[href="category.html?c=outer"]');
  await page.locator('#sort').selectOption('price-asc');
  await h.waitFor(() => page.url().includes('sort=price-asc'), { what: 'the sorted URL' });
  visited.push(page.url());
  await go('.cats a[href="category.html?c=shoes"]');
  await go('.cats a[href="category.html?c=knit"]');
  await waitState(sid, 'hopping', 5000);

  // Settle on a product page: R4 "interested" by dwell, which outranks hopping.
  await go('.grid a[href="product.html?id=P-204"]');
  await page.locator('.detail h1').waitFor();
  const entered = Date.now();
  await waitState(sid, 'interested', 12000);
  const interest = con.changesFor(sid, 'state').filter((c) => c.to === 'interested').pop();
  assert.equal(interest.evidence.code, 'interest_dwell');
  assert.equal(interest.evidence.values.productId, 'P-204');
  await h.sleep(1500);
  const dwell = Date.now() - entered;
  await go('#cartlink');

  // The trail, as the server stored it, in order, with the product page's dwell.
  let lastTrail = [];
  const hist = await h.waitFor(async () => {
    const r = await con.history(sid);
    lastTrail = (r.trail || []).map((e) => e.page.url);
    return r.trail && r.trail.length === visited.length && r;
  }, { what: `a trail of ${visited.length} pages`, detail: () => `server trail: ${lastTrail.join(' > ')}; visited: ${visited.join(' > ')}` });
  assert.deepEqual(hist.trail.map((e) => e.page.url), visited);
  const product = hist.trail[visited.length - 2];
  assert.equal(product.page.kind, 'product');
  assert.equal(product.page.productId, 'P-204');
  assert.equal(product.page.categoryId, 'knit');
  assert.match(product.page.title, /알파카/);
  assert.ok(Math.abs(product.visibleMs - dwell) < 1500, `dwell on P-204: server ${product.visibleMs} ms, measured ${dwell} ms`);
  assert.equal(hist.trail[1].page.kind, 'category');
  assert.equal(hist.trail[1].page.categoryId, 'outer');
  assert.equal(hist.trail.at(-1).page.kind, 'cart');

  // The states came in the order the visitor behaved.
  const seen = states(sid);
  const order = ['browsing', 'stalled', 'hopping', 'interested'].map((s) => seen.indexOf(s));
  assert.deepEqual([...order].sort((a, b) => a - b), order, `state order: ${seen.join(' > ')}`);
  assert.ok(order.every((i) => i >= 0), `states seen: ${seen.join(' > ')}`);
  assert.deepEqual(server.problems(), []);
  assert.deepEqual(b.errors, []);
});
