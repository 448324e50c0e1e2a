'use strict';
// Takes the demo shop's screenshots for docs/screenshots/ in headless Chromium against a real
// demo server: the home page, and a product page with staff chat open (desktop and phone).
// Run: tests/browser/run.sh screenshots
const path = require('node:path');
const h = require('./lib/harness');

const OUT = path.join(h.REPO, 'docs', 'screenshots');

async function main() {
  const server = new h.Server();
  const info = await server.start();
  const con = await new h.Console(info.consoleWs, info.demoLogin).connect();
  try {
    const desk = await h.launch({ viewport: { width: 1280, height: 860 } });
    await desk.page.goto(info.shop);
    await desk.page.locator('.grid .card').first().waitFor();
    await desk.page.locator('#floorwalker-ui button.fab').waitFor();
    await desk.page.waitForLoadState('networkidle');
    await desk.page.screenshot({ path: path.join(OUT, 'demo-shop-home.png') });

    await desk.page.goto(info.shop + 'product.html?id=P-204');
    await desk.page.locator('.detail h1').waitFor();
    const sid = await h.sessionIdOf(desk.page);
    await h.waitFor(() => con.visitors.get(sid)?.page.productId === 'P-204', { what: 'the visitor on P-204' });
    const r = await con.request({ type: 'chat_send', sessionId: sid, text: '안녕하세요! 알파카 니트는 M 사이즈도 재고가 있어요. 찾으시는 색상이 있으세요?' });
    if (!r.ok) throw new Error('chat_send: ' + JSON.stringify(r));
    const panel = h.ui(desk.page).locator('.panel');
    await panel.locator('.m').first().waitFor();
    await panel.locator('textarea').fill('베이지 색상으로 보고 있어요. 세탁은 어떻게 하나요?');
    await panel.locator('textarea').press('Enter');
    await h.waitFor(() => con.changes.some((c) => c.op === 'chat' && c.message.from === 'visitor'), { what: 'the reply at the console' });
    await con.request({ type: 'chat_send', sessionId: sid, text: '울 전용 세제로 찬물 손세탁을 권해 드려요 😊' });
    await h.waitFor(async () => (await panel.locator('.m').count()) === 3, { what: 'three chat lines' });
    await desk.page.screenshot({ path: path.join(OUT, 'demo-shop-product.png') });
    await desk.close();

    const phone = await h.launch({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await phone.page.goto(info.shop + 'product.html?id=P-101');
    await phone.page.locator('.detail h1').waitFor();
    const sid2 = await h.sessionIdOf(phone.page);
    await h.waitFor(() => con.visitors.get(sid2), { what: 'the phone visitor' });
    await con.request({ type: 'chat_send', sessionId: sid2, text: '코트 길이가 궁금하시면 키를 알려 주세요. 맞는 사이즈를 추천해 드릴게요.' });
    await h.ui(phone.page).locator('.panel .m').first().waitFor();
    await phone.page.evaluate(() => window.floorwalker.push(['showAction', { kind: 'coupon', title: '오늘만 10% 할인',
      discount: '10%', code: 'MARU10', text: '30분 안에 주문하시면 적용됩니다.', expiresAt: Date.now() + 30 * 60000 }]));
    await phone.page.screenshot({ path: path.join(OUT, 'demo-shop-product-mobile.png') });
    await phone.close();
    console.log('screenshots written to docs/screenshots/');
  } finally {
    con.close();
    await server.dispose();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
