'use strict';
// Staff chat reaches the page, the visitor's reply and help requests reach staff, and HTML in
// either direction stays text.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('../lib/harness');

const STAFF_HTML = '<b id="bold">굵게</b><img src="x" onerror="window.__xss = 1"> 찾으시는 물건이 있으세요?';
const VISITOR_HTML = '<i>코트</i><script>window.__xss = 2</script> & 감사합니다';

test('chat both ways, as text', { timeout: 90000 }, async (t) => {
  const server = new h.Server();
  const info = await server.start();
  const con = await new h.Console(info.consoleWs, info.demoLogin).connect();
  const b = await h.launch();
  t.after(async () => { await b.close(); con.close(); await server.dispose(); });
  const page = b.page;
  const panel = h.ui(page).locator('.panel');

  await page.goto(info.shop + 'product.html?id=P-101');
  const sid = await h.sessionIdOf(page);
  await h.waitFor(() => con.visitors.get(sid)?.connected, { what: 'the visitor connected' });

  // Staff -> visitor: the panel opens by itself and shows the message as typed, name included.
  const sent = await con.request({ type: 'chat_send', sessionId: sid, text: STAFF_HTML });
  assert.equal(sent.ok, true, JSON.stringify(sent));
  const staffLine = panel.locator('.m:not(.me)');
  await staffLine.first().waitFor({ timeout: 5000 });
  assert.equal(await staffLine.count(), 1);
  assert.equal(await staffLine.first().evaluate((e) => e.lastChild.textContent), STAFF_HTML);
  assert.match(await panel.locator('.hd b').textContent(), /Demo admin/);
  assert.equal(await h.ui(page).evaluate((host) => host.shadowRoot.querySelectorAll('b#bold, img, script').length), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  // Opening the panel did not take the focus from the page.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);

  // Visitor -> staff, typed into the panel and sent with Enter.
  await panel.locator('textarea').fill(VISITOR_HTML);
  await panel.locator('textarea').press('Enter');
  const reply = await h.waitFor(() => con.changesFor(sid, 'chat').find((c) => c.message.from === 'visitor'),
    { what: "the visitor's reply at the console" });
  assert.equal(reply.message.text, VISITOR_HTML);
  const mine = panel.locator('.m.me');
  assert.equal(await mine.count(), 1);
  assert.equal(await mine.first().evaluate((e) => e.lastChild.textContent), VISITOR_HTML);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await panel.locator('textarea').inputValue(), '');

  // A help request from the "ask" tab: a complaint, with its text.
  await panel.locator('#fw-t-ask').click();
  await panel.locator('#fw-k-complaint').click();
  await panel.locator('textarea').fill('결제 버튼이 눌리지 않아요');
  await panel.locator('#fw-send').click();
  const help = await h.waitFor(() => con.changesFor(sid, 'help')[0], { what: 'the help request at the console' });
  assert.equal(help.request.kind, 'complaint');
  assert.equal(help.request.text, '결제 버튼이 눌리지 않아요');
  await panel.locator('[role=status]').waitFor();
  await panel.locator('#fw-t-chat').click();

  // After a navigation the conversation is still there, and the message is not shown twice.
  await page.goto(info.shop + 'cart.html');
  await h.waitFor(() => con.visitors.get(sid)?.page.kind === 'cart', { what: 'the visitor on the cart page' });
  await h.sleep(1000);
  assert.equal(await staffLine.count(), 1);
  assert.equal(await mine.count(), 1);

  // The tracker acknowledged the message: a tab that forgot everything it showed
  // (hello.ackedUpTo = 0) gets no replay, because the server already has the ack.
  // (Edited before the tracker runs: the leaving page saves its own state on pagehide.)
  await b.context.addInitScript(() => {
    if (location.protocol !== 'http:' || sessionStorage.getItem('test_forget') !== '1') return;
    sessionStorage.removeItem('test_forget');
    const tab = JSON.parse(sessionStorage.getItem('fw_tab'));
    tab.shown = 0;
    tab.chat = [];
    sessionStorage.setItem('fw_tab', JSON.stringify(tab));
  });
  await page.evaluate(() => sessionStorage.setItem('test_forget', '1'));
  await page.reload();
  await h.waitFor(() => con.changesFor(sid, 'connection').filter((c) => c.connected).length >= 2, { what: 'the reconnect' });
  await h.sleep(1500);
  assert.equal(await h.ui(page).locator('.m').count(), 0, 'an acknowledged message was replayed');

  // A message sent while the visitor is away is replayed on return, shown once, and acked.
  await page.goto('about:blank');
  await h.waitFor(() => con.visitors.get(sid)?.connected === false, { what: 'the disconnect' });
  const offline = await con.request({ type: 'chat_send', sessionId: sid, text: '다시 오시면 보일 메시지' });
  assert.equal(offline.ok, true);
  await page.goto(info.shop + 'product.html?id=P-102');
  await h.waitFor(async () => (await staffLine.count()) === 1, { what: 'the replayed message' });
  assert.equal(await staffLine.first().evaluate((e) => e.lastChild.textContent), '다시 오시면 보일 메시지');
  await page.reload();
  await h.sleep(1500);
  assert.equal(await staffLine.count(), 1);
  assert.deepEqual(server.problems(), []);
  assert.deepEqual(b.errors, []);
});
