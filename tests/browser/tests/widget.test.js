'use strict';
// The widget and the tracker's page API in a real page: the action container, keyboard use,
// language, single-page-app navigations, hidden tabs, and the demo login.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

const env = h.sharedServer(test);

const EVIL = '<img src=x onerror="window.__xss=1">';
const show = (page, a) => page.evaluate((x) => window.floorwalker.push(['showAction', x]), a);

test('actions render as text, count down, and report outcomes', { timeout: 60000 }, async (t) => {
  const b = await h.launch();
  t.after(() => b.close());
  const page = b.page;
  await page.goto(env.info.shop + 'category.html?c=outer');
  await page.locator('.grid .card').first().waitFor();
  const sid = await h.sessionIdOf(page);
  const root = h.ui(page);

  // A coupon card: strings as text, a live countdown; `ref` makes it report its outcome.
  await show(page, { id: 'c1', ref: 1, kind: 'coupon', title: EVIL, discount: '15%', code: 'MARU15', text: EVIL, expiresAt: Date.now() + 90000 });
  const coupon = root.locator('[data-id=c1]');
  assert.equal(await coupon.locator('.hd b').textContent(), EVIL);
  assert.equal(await coupon.locator('.code').textContent(), 'MARU15');
  const t1 = await coupon.locator('[role=timer]').textContent();
  await h.sleep(2100);
  const t2 = await coupon.locator('[role=timer]').textContent();
  assert.match(t1, /남은 시간 1:[23]\d/);
  assert.notEqual(t1, t2, 'the countdown moves');
  assert.equal(await root.evaluate((host) => host.shadowRoot.querySelectorAll('img').length), 0);

  // An expired coupon says so and cannot be used.
  await show(page, { id: 'c2', kind: 'coupon', title: '지난 쿠폰', code: 'OLD', expiresAt: Date.now() - 1000 });
  assert.equal(await root.locator('[data-id=c2] [role=timer]').textContent(), '기간이 끝났습니다');
  assert.equal(await root.locator('[data-id=c2] button.pri').isDisabled(), true);
  await root.locator('[data-id=c2] button.x').click();
  assert.equal(await root.locator('[data-id=c2]').count(), 0);

  // Product lists keep http(s) links only.
  await show(page, { id: 'p1', kind: 'products', items: [
    { name: '안전한 링크', url: 'product.html?id=P-101', image: 'img/p-101.svg', price: '189,000원' },
    { name: EVIL, url: 'javascript:window.__xss=2', image: 'javascript:alert(1)' }] });
  const links = root.locator('[data-id=p1] a.item');
  assert.equal(await links.count(), 2);
  assert.equal(await links.nth(0).getAttribute('href'), env.info.shop + 'product.html?id=P-101');
  assert.equal(await links.nth(1).getAttribute('href'), null);
  assert.equal(await links.nth(1).locator('img').count(), 0);
  assert.equal(await links.nth(1).textContent(), EVIL);

  // A popup takes the focus; Escape dismisses it and reports "dismissed".
  await show(page, { id: 'pop', ref: 2, kind: 'popup', title: '겨울 세일', text: '12월 31일까지 아우터 20% 할인' });
  assert.equal(await root.evaluate((host) => host.shadowRoot.activeElement?.className), 'x');
  await page.keyboard.press('Escape');
  assert.equal(await root.locator('[data-id=pop]').count(), 0);

  // Re-sort: the demo shop handles the suggestion itself (cancelable event) and re-sorts.
  await show(page, { id: 'r1', ref: 3, kind: 'resort', sort: 'price-asc', text: '가격이 낮은 순서로 보여 드릴까요?' });
  await root.locator('[data-id=r1] button.pri').click();
  await h.waitFor(() => page.url().includes('sort=price-asc'), { what: 'the re-sorted URL' });
  const prices = await page.locator('.grid .price').allTextContents();
  const nums = prices.map((p) => Number(p.replace(/\D/g, '')));
  assert.deepEqual(nums, [...nums].sort((x, y) => x - y));
  await h.waitFor(() => env.con.visitors.get(sid)?.page.url.includes('sort=price-asc'), { what: 'the replace navigation at the server' });

  // Keyword suggestion: without a handler, the tracker opens the shop's search URL.
  await show(page, { id: 'k1', kind: 'keyword', keywords: ['캐시미어', '울 코트'] });
  await root.locator('[data-id=k1] button.pri', { hasText: '캐시미어' }).click();
  await page.waitForURL(/search\.html\?q=/);
  assert.equal(new URL(page.url()).searchParams.get('q'), '캐시미어');
  await page.locator('.grid .card').first().waitFor();

  assert.equal(await page.evaluate(() => window.__xss), undefined);
  // Outcomes of the actions with a ref reached the server's store, in order.
  const outcomes = () => h.storedEvents(env.server.dataDir, sid)
    .filter((e) => e.type === 'outcome').sort((a, b) => a.seq - b.seq)
    .map((e) => `${e.data.ref}:${e.data.outcome}`);
  const sentOutcomes = await h.waitFor(() => { const o = outcomes(); return o.length >= 5 && o; },
    { what: 'five outcomes in the store', detail: () => outcomes().join(' ') });
  assert.deepEqual(sentOutcomes, ['1:shown', '2:shown', '2:dismissed', '3:shown', '3:clicked']);
  assert.deepEqual(b.errors, []);
});

test('keyboard, language and a phone screen', { timeout: 60000 }, async (t) => {
  const b = await h.launch({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  t.after(() => b.close());
  const page = b.page;
  await page.goto(env.info.shop + 'product.html?id=P-505');
  await page.locator('.detail h1').waitFor();
  const root = h.ui(page);
  const fab = root.locator('button.fab');
  await fab.waitFor();
  assert.equal(await fab.textContent(), '도움이 필요하세요?');

  // Reach the launcher with the keyboard, open with Enter, type, close with Escape.
  await fab.focus();
  await page.keyboard.press('Enter');
  const textarea = root.locator('textarea');
  await textarea.waitFor();
  assert.equal(await root.evaluate((host) => host.shadowRoot.activeElement?.tagName), 'TEXTAREA');
  assert.equal(await fab.getAttribute('aria-expanded'), 'true');
  const box = await root.locator('.panel').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, `panel fits the phone: ${JSON.stringify(box)}`);
  const font = await textarea.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(font >= 15, `font size ${font}`);
  await page.keyboard.press('Escape');
  assert.equal(await root.locator('.panel').count(), 0);
  assert.equal(await root.evaluate((host) => host.shadowRoot.activeElement?.className), 'pri fab');

  // The host page's CSS does not reach into the widget.
  await page.addStyleTag({ content: 'button { background: red !important; font-size: 40px !important; }' });
  assert.notEqual(await fab.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(255, 0, 0)');

  // Follows the shop's language switch, and a shop can pin it.
  await page.locator('#lang').click();
  await h.waitFor(async () => (await fab.textContent()) === 'Need help?', { what: 'the English launcher' });
  await page.evaluate(() => window.floorwalker.push(['setLang', 'ko']));
  assert.equal(await fab.textContent(), '도움이 필요하세요?');
  assert.deepEqual(b.errors, []);
});

test('single-page-app navigations and hidden tabs', { timeout: 60000 }, async (t) => {
  const b = await h.launch();
  t.after(() => b.close());
  const page = b.page;
  await page.goto(env.info.shop + 'index.html');
  await page.locator('.grid .card').first().waitFor();
  const sid = await h.sessionIdOf(page);
  await h.waitFor(() => env.con.visitors.get(sid), { what: 'the visitor' });

  // pushState with new page metadata, then back (popstate); a fragment change is no page view.
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-fw-page', 'search');
    document.title = 'SPA 검색';
    history.pushState({}, '', 'index.html?q=%EB%8B%88%ED%8A%B8&view=spa');
  });
  await h.waitFor(() => env.con.visitors.get(sid)?.page.title === 'SPA 검색', { what: 'the pushState page view' });
  const v = env.con.visitors.get(sid);
  assert.equal(v.page.kind, 'search');
  assert.equal(v.page.query, '니트');
  await page.evaluate(() => { location.hash = 'reviews'; });
  await page.evaluate(() => { document.documentElement.setAttribute('data-fw-page', 'main'); history.go(-2); });
  await h.waitFor(() => env.con.visitors.get(sid)?.page.kind === 'main' && env.con.visitors.get(sid).page.url.endsWith('/index.html'),
    { what: 'popstate back to the main page' });
  const urls = (await env.con.history(sid)).trail.map((e) => new URL(e.page.url).search);
  assert.deepEqual(urls, ['', '?q=%EB%8B%88%ED%8A%B8&view=spa', '']);

  // Navigations faster than the tracker's 60 ms wait for router metadata are each reported:
  // two pushes back to back, then a replace immediately followed by leaving the page.
  await page.evaluate(() => {
    history.pushState({}, '', 'index.html?step=a');
    history.pushState({}, '', 'index.html?step=b');
    history.replaceState({}, '', 'index.html?step=c');
    location.href = 'cart.html';
  });
  await page.waitForURL(/cart\.html/);
  await h.waitFor(async () => (await env.con.history(sid)).trail.some((e) => e.page.url.endsWith('cart.html')),
    { what: 'the cart page in the trail' });
  const quick = (await env.con.history(sid)).trail.map((e) => new URL(e.page.url).pathname.split('/').pop() + new URL(e.page.url).search);
  assert.deepEqual(quick.slice(-4), ['index.html?step=a', 'index.html?step=b', 'index.html?step=c', 'cart.html'],
    `trail: ${quick.join(' > ')}`);
  await page.goto(env.info.shop + 'index.html');
  await page.locator('.grid .card').first().waitFor();

  // The tab goes to the background and comes back: away, then active again.
  const setHidden = (hidden) => page.evaluate((x) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => x });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (x ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  await h.waitFor(() => env.con.visitors.get(sid)?.state.name === 'away', { what: 'away' });
  await setHidden(false);
  await h.waitFor(() => env.con.visitors.get(sid)?.hidden === false && env.con.visitors.get(sid)?.state.name !== 'away', { what: 'back' });

  // A page that loads in a background tab says so right after its page event.
  const bg = await h.launch();
  t.after(() => bg.close());
  await bg.context.addInitScript(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  });
  const frames = [];
  bg.page.on('websocket', (ws) => ws.on('framesent', (f) => frames.push(JSON.parse(f.payload))));
  await bg.page.goto(env.info.shop + 'product.html?id=P-606');
  const sid2 = await h.sessionIdOf(bg.page);
  await h.waitFor(() => env.con.visitors.get(sid2)?.state.name === 'away', { what: 'a hidden page load reported as away' });
  const types = frames.filter((f) => f.seq).map((f) => f.type + (f.type === 'visibility' ? ':' + f.hidden : ''));
  assert.deepEqual(types.slice(0, 2), ['page', 'visibility:true']);
  assert.deepEqual(b.errors, []);
  assert.deepEqual(bg.errors, []);
});

test('demo login: an identity token from the stand-in shop backend', { timeout: 30000 }, async (t) => {
  const r = await fetch(env.info.shop + 'api/token?customer=C-1001');
  assert.equal(r.status, 200);
  const b = await h.launch();
  t.after(() => b.close());
  await b.page.goto(env.info.shop);
  const sid = await h.sessionIdOf(b.page);
  await h.waitFor(() => env.con.visitors.get(sid), { what: 'the visitor' });
  await b.page.locator('#login').click();
  await h.waitFor(() => env.con.changesFor(sid, 'identity').length, { what: 'an identity change' });
  const id = env.con.changesFor(sid, 'identity').pop().identity;
  assert.equal(id.status, 'verified', JSON.stringify(id));
  assert.equal(id.customerId, 'C-1001');
  await b.page.reload();
  await b.page.locator('.who').waitFor();
  assert.deepEqual(b.errors, []);
});

// The token recipe in docs/INSTALL.md, run as written against a server holding the same key.
test('identity tokens made as docs/INSTALL.md says are verified', { timeout: 60000 }, async (t) => {
  const fs = require('node:fs');
  const crypto = require('node:crypto');
  const doc = fs.readFileSync(require('node:path').join(h.REPO, 'docs', 'INSTALL.md'), 'utf8');
  const code = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((c) => c.includes('function identityToken'));
  assert.ok(code, 'the Node.js example is in INSTALL.md');
  const identityToken = new Function('require', code + '\nreturn identityToken;')(require);
  const secret = crypto.randomBytes(32).toString('base64');

  const srv = new h.Server({ args: ['--identity-key', `2026-12:${secret}`] });
  const inf = await srv.start();
  const c2 = await new h.Console(inf.consoleWs, inf.demoLogin).connect();
  const b = await h.launch();
  t.after(async () => { await b.close(); c2.close(); await srv.dispose(); });
  const token = identityToken({ id: 'C-1001', age: 34, orders: 12, total: 480000 }, secret, '2026-12', 'demo');
  await h.preload(b.context, [['setIdentityToken', token]]);
  await b.page.goto(inf.shop);
  const sid = await h.sessionIdOf(b.page);
  const v = await h.waitFor(() => c2.visitors.get(sid), { what: 'the visitor' });
  assert.equal(v.identity.status, 'verified', JSON.stringify(v.identity));
  assert.equal(v.identity.customerId, 'C-1001');
  assert.equal(v.identity.age, 34);
  assert.equal(v.identity.purchases.orders, 12);

  // A token changed on the page is refused and the visitor stays anonymous.
  const forged = token.replace(/\.[^.]+$/, '.' + Buffer.from('forged').toString('base64url'));
  await b.page.evaluate((tok) => window.floorwalker.push(['setIdentityToken', tok]), forged);
  const change = await h.waitFor(() => c2.changesFor(sid, 'identity')[0], { what: 'the identity change' });
  assert.equal(change.identity.status, 'anonymous');
  assert.equal(change.identity.tokenError, 'bad_signature');
  assert.deepEqual(b.errors, []);
});

test('every catalogue picture renders in the shop', { timeout: 60000 }, async (t) => {
  const b = await h.launch();
  t.after(() => b.close());
  const cat = await (await fetch(env.info.shop + 'catalogue.json')).json();
  await b.page.goto(env.info.shop);
  const broken = await b.page.evaluate(async (images) => {
    const load = (src) => new Promise((res) => {
      const img = new Image();
      img.onload = () => res(img.naturalWidth > 0 ? null : src);
      img.onerror = () => res(src);
      img.src = src;
    });
    return (await Promise.all(images.map(load))).filter(Boolean);
  }, cat.products.map((p) => p.image).concat(['img/logo.svg']));
  assert.deepEqual(broken, []);
});
