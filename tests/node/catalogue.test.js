'use strict';
// The demo catalogue's shape: the visitor simulator and the promotions work import it.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const shop = path.join(__dirname, '..', '..', 'resources', 'demo-shop');
const cat = JSON.parse(fs.readFileSync(path.join(shop, 'catalogue.json'), 'utf8'));
const bilingual = (o) => o && typeof o.ko === 'string' && o.ko.length > 0 && typeof o.en === 'string' && o.en.length > 0;

test('currency, categories and products as documented', () => {
  assert.deepEqual(Object.keys(cat).sort(), ['categories', 'currency', 'products']);
  assert.equal(cat.currency, 'KRW');
  assert.ok(cat.categories.length >= 5 && cat.categories.length <= 8, `${cat.categories.length} categories`);
  assert.ok(cat.products.length >= 35 && cat.products.length <= 50, `${cat.products.length} products`);
  for (const c of cat.categories) {
    assert.deepEqual(Object.keys(c).sort(), ['id', 'name']);
    assert.match(c.id, /^[a-z]+$/);
    assert.ok(bilingual(c.name), c.id);
  }
});

test('every product is complete and points at a real category and picture', () => {
  const ids = new Set(cat.categories.map((c) => c.id));
  const seen = new Set();
  for (const p of cat.products) {
    assert.deepEqual(Object.keys(p).sort(), ['category', 'description', 'id', 'image', 'name', 'price', 'tags']);
    assert.match(p.id, /^P-\d{3}$/);
    assert.ok(!seen.has(p.id), `duplicate ${p.id}`);
    seen.add(p.id);
    assert.ok(ids.has(p.category), `${p.id}: category ${p.category}`);
    assert.ok(bilingual(p.name) && bilingual(p.description), p.id);
    assert.ok(Number.isInteger(p.price) && p.price > 0, p.id);
    assert.ok(Array.isArray(p.tags) && p.tags.length > 0 && p.tags.every((t) => /^[a-z-]+$/.test(t)), p.id);
    assert.equal(p.image, `img/${p.id.toLowerCase()}.svg`);
    const svg = fs.readFileSync(path.join(shop, p.image), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*<\/svg>\n$/, p.image);
    // Well-formed XML in one respect that has bitten before: no attribute twice in one element.
    for (const tag of svg.match(/<[a-z]+ [^>]*>/g)) {
      const names = [...tag.matchAll(/ ([a-z-]+)=/g)].map((m) => m[1]);
      assert.equal(new Set(names).size, names.length, `${p.image}: ${tag}`);
    }
  }
  for (const c of ids) assert.ok(cat.products.some((p) => p.category === c), `empty category ${c}`);
});
