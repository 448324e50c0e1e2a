'use strict';
// Small tracker helpers whose mistakes would reach the server or the page: string limits in
// UTF-16 units, URL filtering for staff-sent links, click target descriptions, ids.
const test = require('node:test');
const assert = require('node:assert/strict');
const { clip, int, safeUrl, describe, randomId } = require('../../resources/tracker/src/tracker.js');

test('clip counts UTF-16 units like the server and never splits a pair', () => {
  assert.equal(clip('abc', 5), 'abc');
  assert.equal(clip('abcdef', 3), 'abc');
  assert.equal(clip('가나다라', 2), '가나');
  assert.equal(clip('ab😀cd', 3), 'ab', 'the emoji would be cut in half');
  assert.equal(clip('ab😀cd', 4), 'ab😀');
  assert.equal(clip(null, 3), '');
  assert.equal(clip(12345, 3), '123');
});

test('int rounds and clamps', () => {
  assert.equal(int(12.6, 0, 100), 13);
  assert.equal(int(-5, 0, 100), 0);
  assert.equal(int(1e9, 0, 100000), 100000);
  assert.equal(int('x', 0, 10), 0);
});

test('safeUrl keeps http(s) and relative links, nothing else', () => {
  const base = 'https://shop.example/c/outer';
  assert.equal(safeUrl('/p/P-101', base), 'https://shop.example/p/P-101');
  assert.equal(safeUrl('https://other.example/x', base), 'https://other.example/x');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'file:///etc/passwd', 'http://[bad']) {
    assert.equal(safeUrl(bad, base), '', bad);
  }
});

test('describe gives a short tag#id.class target', () => {
  const el = { tagName: 'BUTTON', id: 'buy', className: 'primary big extra', getAttribute: (n) => (n === 'data-fw-name' ? 'P-101' : null) };
  assert.equal(describe(el), 'button#buy.primary.big[P-101]');
  assert.equal(describe({ tagName: 'DIV', id: '', className: '', getAttribute: () => null }), 'div');
  // SVG elements have an object className; it is ignored rather than printed.
  assert.equal(describe({ tagName: 'path', id: '', className: { baseVal: 'x' }, getAttribute: () => null }), 'path');
  assert.equal(describe({ tagName: 'A', id: 'x'.repeat(300), className: '', getAttribute: () => null }).length, 200);
  assert.equal(describe(null), '');
});

test('ids match the protocol', () => {
  const seen = new Set();
  for (let i = 0; i < 200; i++) {
    const id = randomId('v_', 16);
    assert.match(id, /^v_[A-Za-z0-9]{16}$/);
    seen.add(id);
  }
  assert.equal(seen.size, 200);
});
