'use strict';
// The file the server serves (resources/tracker/tracker.js): within its size budget, built from
// the current source, with the server's placeholder intact.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const dir = path.join(__dirname, '..', '..', 'resources', 'tracker');
const served = fs.readFileSync(path.join(dir, 'tracker.js'));

test('tracker.js is under 12 KB gzipped', () => {
  const gz = zlib.gzipSync(served, { level: 9 }).length;
  console.log(`tracker.js: ${served.length} bytes, ${gz} bytes gzipped (${(gz / 1024).toFixed(1)} KiB; budget 12 KiB)`);
  assert.ok(gz < 12 * 1024, `${gz} bytes gzipped`);
});

test('tracker.js is the build of src/tracker.js', { timeout: 120000 }, () => {
  // build.sh --check fails when the committed build is stale (it installs the pinned terser first).
  execFileSync(path.join(dir, 'build.sh'), ['--check'], { stdio: ['ignore', 'inherit', 'inherit'] });
});

test('the WebSocket URL placeholder is there exactly once', () => {
  assert.equal(served.toString().split('__FLOORWALKER_WS_URL__').length, 2);
});

test('the source parses as a script and exports its helpers to Node only', () => {
  const m = require(path.join(dir, 'src', 'tracker.js'));
  assert.equal(typeof m.Outbox, 'function');
  assert.equal(typeof globalThis.floorwalker, 'undefined', 'nothing installed without a window');
});
