'use strict';
// The tracker's delivery queue (Outbox): numbering, cumulative acks, resends after a reconnect,
// the caps that keep a blocked server from filling the shop's storage, and what it accepts
// back from sessionStorage.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Outbox, QUEUE_MAX, QUEUE_BYTES } = require('../../resources/tracker/src/tracker.js');

test('numbers every event from 1, one by one', () => {
  const o = new Outbox();
  const a = o.add({ type: 'page', nav: 'load' }, 1000);
  const b = o.add({ type: 'scroll', depth: 10, y: 100 }, 1001);
  assert.equal(a.seq, 1);
  assert.equal(b.seq, 2);
  assert.equal(a.t, 1000);
  assert.deepEqual(o.after(0).map((e) => e.seq), [1, 2]);
});

test('does not change the caller\'s object', () => {
  const o = new Outbox();
  const ev = { type: 'chat', text: 'hi' };
  o.add(ev);
  assert.deepEqual(ev, { type: 'chat', text: 'hi' });
});

test('a cumulative ack drops everything up to it, and only that', () => {
  const o = new Outbox();
  for (let i = 0; i < 5; i++) o.add({ type: 'input', kind: 'key', count: 1 });
  o.ack(3);
  assert.deepEqual(o.q.map((x) => x.e.seq), [4, 5]);
  o.ack(2); // late, smaller ack: nothing changes
  assert.deepEqual(o.q.map((x) => x.e.seq), [4, 5]);
  o.ack(5);
  assert.equal(o.q.length, 0);
  assert.equal(o.bytes, 0);
  assert.equal(o.add({ type: 'chat', text: 'x' }).seq, 6, 'numbering goes on after acks');
});

test('an event the server refused by seq is dropped, the rest kept', () => {
  const o = new Outbox();
  for (let i = 0; i < 4; i++) o.add({ type: 'scroll', depth: i, y: i });
  const before = o.bytes;
  assert.equal(o.drop(2), true);
  assert.deepEqual(o.q.map((x) => x.e.seq), [1, 3, 4]);
  assert.ok(o.bytes < before);
  assert.equal(o.drop(2), false, 'dropping twice changes nothing');
  assert.equal(o.drop(99), false);
  assert.equal(o.add({ type: 'chat', text: 'x' }).seq, 5, 'numbering is not reused');
});

test('resend after reconnect: everything after welcome.ackedUpTo, in order', () => {
  const o = new Outbox();
  for (let i = 0; i < 6; i++) o.add({ type: 'chat', text: 'm' + (i + 1) });
  // The server committed 1..4 before the socket dropped; welcome says ackedUpTo 4.
  o.ack(4);
  assert.deepEqual(o.after(4).map((e) => e.text), ['m5', 'm6']);
  // On a socket where 5 was already sent, only 6 is left to send.
  assert.deepEqual(o.after(5).map((e) => e.text), ['m6']);
});

test('caps the number of events: the oldest go first', () => {
  const o = new Outbox();
  for (let i = 0; i < QUEUE_MAX + 50; i++) o.add({ type: 'click', x: i, y: 0, target: 'a' });
  assert.equal(o.q.length, QUEUE_MAX);
  assert.equal(o.q[0].e.seq, 51);
  assert.equal(o.q.at(-1).e.seq, QUEUE_MAX + 50);
  assert.equal(o.dropped, 50);
});

test('caps the bytes: long chat messages cannot exceed the budget', () => {
  const o = new Outbox();
  const text = '가'.repeat(2000);
  for (let i = 0; i < 40; i++) o.add({ type: 'chat', text });
  assert.ok(o.bytes <= QUEUE_BYTES, `bytes ${o.bytes}`);
  assert.equal(o.bytes, o.q.reduce((s, x) => s + JSON.stringify(x.e).length, 0));
  assert.equal(JSON.stringify(o.save()).length <= QUEUE_BYTES + 100, true);
  assert.equal(o.q.at(-1).e.seq, 40, 'the newest is kept');
});

test('refuses a single oversized event instead of queueing it', () => {
  const o = new Outbox();
  assert.equal(o.add({ type: 'chat', text: 'x'.repeat(20000) }), null);
  assert.equal(o.q.length, 0);
  assert.equal(o.add({ type: 'chat', text: 'ok' }).seq, 2, 'its number is not reused');
});

test('a fresh session renumbers what is queued from 1, keeping the order', () => {
  const o = new Outbox();
  for (let i = 0; i < 10; i++) o.add({ type: 'chat', text: String(i) });
  o.ack(7);
  o.renumber();
  assert.deepEqual(o.q.map((x) => [x.e.seq, x.e.text]), [[1, '7'], [2, '8'], [3, '9']]);
  assert.equal(o.add({ type: 'chat', text: 'next' }).seq, 4);
});

test('round-trips through storage', () => {
  const o = new Outbox();
  for (let i = 0; i < 3; i++) o.add({ type: 'chat', text: 'm' + i });
  o.ack(1);
  const copy = new Outbox();
  copy.load(JSON.parse(JSON.stringify(o.save())));
  assert.equal(copy.n, 3);
  assert.deepEqual(copy.after(0), o.after(0));
  assert.equal(copy.bytes, o.bytes);
  assert.equal(copy.add({ type: 'chat', text: 'x' }).seq, 4);
});

test('what comes back from storage is checked, not trusted', () => {
  const o = new Outbox();
  o.load({ n: 5, q: [{ type: 'chat', seq: 2, text: 'a' }, null, { seq: 3 }, { type: 'chat', seq: 2, text: 'dup' },
    { type: 'chat', seq: 9, text: 'beyond n' }, { type: 'chat', seq: 4, text: 'b' }] });
  assert.deepEqual(o.q.map((x) => x.e.text), ['a', 'b']);
  for (const junk of [null, 'x', 42, { n: -3, q: 'no' }, { q: [{ type: 'chat', seq: 1 }] }]) {
    const p = new Outbox();
    p.load(junk);
    assert.equal(p.q.length, 0);
    assert.ok(p.n >= 0);
  }
  const big = new Outbox();
  big.load({ n: 1000, q: Array.from({ length: 1000 }, (_, i) => ({ type: 'click', seq: i + 1, x: 1, y: 1 })) });
  assert.equal(big.q.length, QUEUE_MAX, 'a tampered, oversized queue is cut to the cap');
});
