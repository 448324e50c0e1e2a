'use strict';
// The tracker's throttling (scroll at most 4 a second, input at most one per 2 s per kind),
// its client-side rate gate and its reconnect backoff, on a fake clock.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Throttle, RateGate, backoff } = require('../../resources/tracker/src/tracker.js');

// A clock and timers we advance by hand.
function fakeTime() {
  let now = 0, id = 0;
  const timers = new Map();
  return {
    now: () => now,
    timers: {
      set(fn, ms) { timers.set(++id, { at: now + ms, fn }); return id; },
      clear(i) { timers.delete(i); },
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

test('scroll: at most 4 a second however fast the page scrolls', () => {
  const ft = fakeTime();
  const fired = [];
  const th = new Throttle(250, () => fired.push(ft.now()), ft.now, ft.timers);
  for (let t = 0; t < 3000; t += 5) { th.hit(); ft.advance(5); }
  ft.advance(1000);
  for (let i = 1; i < fired.length; i++) assert.ok(fired[i] - fired[i - 1] >= 250, `gap ${fired[i] - fired[i - 1]}`);
  for (let s = 0; s < 3; s++) {
    const inSecond = fired.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length;
    assert.ok(inSecond <= 4, `${inSecond} in second ${s}`);
  }
  assert.equal(fired[0], 0, 'the first scroll goes at once');
  assert.equal(fired.at(-1), 3000, 'the last position is delivered at the end of its window');
});

test('a single hit fires once, with no timer left behind', () => {
  const ft = fakeTime();
  let n = 0;
  const th = new Throttle(250, () => n++, ft.now, ft.timers);
  th.hit();
  ft.advance(2000);
  assert.equal(n, 1);
  assert.equal(ft.pending(), 0);
});

test('input: one event per 2 s per kind, folding the count', () => {
  const ft = fakeTime();
  let count = 0;
  const sent = [];
  const th = new Throttle(2000, () => { sent.push([ft.now(), count]); count = 0; }, ft.now, ft.timers);
  const key = () => { count++; th.hit(); };
  key(); // leading edge: sent at once
  for (let i = 0; i < 30; i++) { ft.advance(100); key(); }
  ft.advance(5000);
  // Keys at 100..1900 go at 2000; the timer runs before the key pressed at 2000 itself.
  assert.deepEqual(sent, [[0, 1], [2000, 19], [4000, 11]]);
  assert.equal(sent.reduce((s, x) => s + x[1], 0), 31, "no key lost");
});

test('flush delivers what is pending now (tab hidden), and cancel drops it', () => {
  const ft = fakeTime();
  let n = 0;
  const th = new Throttle(250, () => n++, ft.now, ft.timers);
  th.hit();
  th.hit();
  assert.equal(n, 1);
  th.flush();
  assert.equal(n, 2);
  assert.equal(ft.pending(), 0);
  th.flush();
  assert.equal(n, 2, 'nothing pending, nothing sent');
  ft.advance(300);
  th.hit();
  th.hit();
  th.cancel();
  ft.advance(1000);
  assert.equal(n, 3);
});

test('the default timers work when called through the object (browsers need a wrapper)', async () => {
  let n = 0;
  const th = new Throttle(20, () => n++);
  th.hit();
  th.hit();
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(n, 2);
});

test('rate gate: a burst, then the steady rate', () => {
  let now = 0;
  const g = new RateGate(10, 30, () => now);
  let sent = 0;
  while (g.take()) sent++;
  assert.equal(sent, 30);
  assert.equal(g.waitMs(), 100);
  now += 1000;
  sent = 0;
  while (g.take()) sent++;
  assert.equal(sent, 10);
  assert.equal(g.take(true), true, 'pings and acks may go over');
  assert.ok(g.waitMs() > 100);
});

test('backoff: 1 s doubling to 30 s, jitter only ever shortens', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20, 1000].map((a) => backoff(a, () => 0)),
    [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
  assert.deepEqual([0, 4, 9].map((a) => backoff(a, () => 1)), [800, 12800, 24000]);
  for (let a = 0; a < 12; a++) {
    const d = backoff(a);
    assert.ok(d >= 800 && d <= 30000, `attempt ${a}: ${d}`);
  }
});
