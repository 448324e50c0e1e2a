// MARU demo shop: every page is static HTML plus this script, which renders from catalogue.json.
// It runs synchronously in <head> (before the Floorwalker snippet) so that the ids a page
// declares to the tracker are on <html> before the tracker reads them (docs/INSTALL.md).
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var html = document.documentElement;
  var page = html.getAttribute('data-fw-page');
  var CART = 'maru_cart', LANG = 'maru_lang', CUSTOMER = 'maru_customer';

  function read(store, key) { try { return store.getItem(key); } catch (e) { return null; } }
  function write(store, key, v) { try { if (v == null) store.removeItem(key); else store.setItem(key, v); } catch (e) { /* full or disabled */ } }

  var lang = read(localStorage, LANG) === 'en' ? 'en' : 'ko';
  html.lang = lang;

  // Ids known from the URL are declared at once; the product's category follows from the catalogue.
  var productId = params.get('id') || '', categoryId = params.get('c') || '';
  if (page === 'product' && /^P-\d{3}$/.test(productId)) html.setAttribute('data-fw-product', productId);
  if (page === 'category' && /^[a-z]{1,32}$/.test(categoryId)) html.setAttribute('data-fw-category', categoryId);
  if (page === 'search') html.setAttribute('data-fw-query', (params.get('q') || '').slice(0, 200));

  window.floorwalker = window.floorwalker || [];
  // Keyword suggestions from staff open our search page (docs/INSTALL.md, "Reacting to suggestions").
  window.floorwalker.push(['setSearchUrl', '/shop/search.html?q={q}']);
  var token = read(sessionStorage, 'maru_token');
  if (token && tokenValid(token)) window.floorwalker.push(['setIdentityToken', token]);

  function tokenValid(tok) {
    try {
      var p = JSON.parse(atob(tok.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return p.exp * 1000 > Date.now() + 60000;
    } catch (e) { return false; }
  }

  var S = {
    ko: { shop: 'MARU 마루', tagline: '오래 입는 옷, 매일 쓰는 물건', search: '상품 검색', go: '검색', cart: '장바구니',
      lang: 'English', home: '홈', sort: '정렬', 'price-asc': '낮은 가격순', 'price-desc': '높은 가격순', 'new': '신상품순',
      popular: '인기순', add: '장바구니 담기', added: '장바구니에 담았습니다', qty: '수량', remove: '삭제', total: '합계',
      checkout: '주문하기', empty: '장바구니가 비어 있습니다.', shopNow: '쇼핑 계속하기', results: '"{q}" 검색 결과 {n}개',
      noResults: '검색 결과가 없습니다. 다른 검색어를 입력해 보세요.', notFound: '상품을 찾을 수 없습니다.', name: '받는 분',
      phone: '연락처', address: '주소', pay: '결제 수단', card: '신용카드', transfer: '계좌이체', kakao: '간편결제',
      place: '결제하기', done: '주문이 완료되었습니다', doneText: '주문해 주셔서 감사합니다. 주문 번호는 {n} 입니다.',
      newIn: '새로 들어온 상품', best: '많이 찾는 상품', categories: '카테고리', shipping: '5만원 이상 무료배송 · 30일 이내 무료 반품',
      related: '함께 보면 좋은 상품', login: '데모 고객으로 로그인', logout: '로그아웃', loggedIn: '{n} 고객님',
      noLogin: '이 서버에서는 데모 로그인을 쓸 수 없습니다.', order: '주문 내역', items: '상품 {n}개', free: '무료', delivery: '배송비',
      sortChanged: '정렬을 바꿨습니다: {s}', footer: '데모 상점입니다. 실제로 결제되지 않습니다.' },
    en: { shop: 'MARU', tagline: 'Clothes to keep, things to use every day', search: 'Search products', go: 'Search', cart: 'Cart',
      lang: '한국어', home: 'Home', sort: 'Sort', 'price-asc': 'Price: low to high', 'price-desc': 'Price: high to low', 'new': 'Newest',
      popular: 'Most popular', add: 'Add to cart', added: 'Added to your cart', qty: 'Qty', remove: 'Remove', total: 'Total',
      checkout: 'Check out', empty: 'Your cart is empty.', shopNow: 'Continue shopping', results: '{n} results for "{q}"',
      noResults: 'Nothing found. Try another word.', notFound: 'We could not find this product.', name: 'Name',
      phone: 'Phone', address: 'Address', pay: 'Payment', card: 'Credit card', transfer: 'Bank transfer', kakao: 'Mobile pay',
      place: 'Pay now', done: 'Thank you for your order', doneText: 'Your order number is {n}.',
      newIn: 'New in', best: 'Best sellers', categories: 'Categories', shipping: 'Free delivery over 50,000 won · free returns within 30 days',
      related: 'You may also like', login: 'Log in as demo customer', logout: 'Log out', loggedIn: 'Customer {n}',
      noLogin: 'Demo login is not available on this server.', order: 'Your order', items: '{n} items', free: 'Free', delivery: 'Delivery',
      sortChanged: 'Sorted: {s}', footer: 'This is a demo shop. Nothing is charged.' }
  };
  function t(k, vars) {
    var s = S[lang][k] || k;
    for (var v in vars || {}) s = s.split('{' + v + '}').join(vars[v]);
    return s;
  }

  // Builds elements with text only: even our own catalogue never goes in as HTML.
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] != null) e.setAttribute(k, attrs[k]);
    }
    [].concat(kids || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function won(n) { return lang === 'ko' ? n.toLocaleString('ko-KR') + '원' : '₩' + n.toLocaleString('en-US'); }

  function cart() {
    try { var c = JSON.parse(read(localStorage, CART) || '[]'); return Array.isArray(c) ? c : []; } catch (e) { return []; }
  }
  function saveCart(c) { write(localStorage, CART, c.length ? JSON.stringify(c) : null); }
  function addToCart(id, qty) {
    var c = cart(), line = c.filter(function (x) { return x.id === id; })[0];
    if (line) line.qty = Math.min(99, line.qty + qty); else c.push({ id: id, qty: qty });
    saveCart(c);
  }

  var sorters = {
    'price-asc': function (a, b) { return a.price - b.price; },
    'price-desc': function (a, b) { return b.price - a.price; },
    // The catalogue has no dates or sales figures: the "new" and "best" tags stand in for them.
    'new': function (a, b) { return has(b, 'new') - has(a, 'new') || (b.id < a.id ? -1 : 1); },
    popular: function (a, b) { return has(b, 'best') - has(a, 'best') || (a.price < b.price ? 1 : -1); }
  };
  function has(p, tag) { return p.tags.indexOf(tag) >= 0 ? 1 : 0; }

  var cat = null;
  function byId(id) { return cat.products.filter(function (p) { return p.id === id; })[0]; }
  function category(id) { return cat.categories.filter(function (c) { return c.id === id; })[0]; }

  function header() {
    var q = page === 'search' ? params.get('q') || '' : '';
    var count = cart().reduce(function (s, x) { return s + x.qty; }, 0);
    var customer = read(localStorage, CUSTOMER);
    return el('header', { class: 'top' }, [
      el('div', { class: 'bar' }, [
        el('a', { class: 'logo', href: './', 'data-fw-name': 'logo' }, [el('img', { src: 'img/logo.svg', alt: '' }), t('shop')]),
        el('form', { class: 'search', role: 'search', action: 'search.html' }, [
          el('input', { type: 'search', name: 'q', value: q, placeholder: t('search'), 'aria-label': t('search'), maxlength: '100' }),
          el('button', { type: 'submit', text: t('go') })]),
        el('nav', { class: 'tools' }, [
          customer ? el('span', { class: 'who', text: t('loggedIn', { n: customer }) }) : null,
          el('button', { type: 'button', class: 'link', id: 'login', text: customer ? t('logout') : t('login'), onclick: login }),
          el('button', { type: 'button', class: 'link', id: 'lang', text: t('lang'), onclick: function () {
            lang = lang === 'ko' ? 'en' : 'ko';
            write(localStorage, LANG, lang);
            html.lang = lang;
            render();
          } }),
          el('a', { class: 'cartlink', href: 'cart.html', id: 'cartlink' }, [t('cart'), el('span', { class: 'badge', text: String(count) })])])]),
      el('nav', { class: 'cats', 'aria-label': t('categories') }, cat.categories.map(function (c) {
        return el('a', { href: 'category.html?c=' + c.id, 'aria-current': c.id === categoryId ? 'page' : null, text: c.name[lang] });
      }))]);
  }

  // "Log in" asks the demo server's stand-in shop backend for an identity token (INSTALL.md).
  function login() {
    if (read(localStorage, CUSTOMER)) {
      write(localStorage, CUSTOMER, null);
      write(sessionStorage, 'maru_token', null);
      location.reload();
      return;
    }
    fetch('/shop/api/token?customer=C-1001').then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (j) {
      write(localStorage, CUSTOMER, 'C-1001');
      write(sessionStorage, 'maru_token', j.token);
      window.floorwalker.push(['setIdentityToken', j.token]);
      render();
    }).catch(function () { toast(t('noLogin')); });
  }

  function card(p) {
    return el('a', { class: 'card', href: 'product.html?id=' + p.id, 'data-fw-name': p.id }, [
      el('img', { src: p.image, alt: '', loading: 'lazy', width: '400', height: '400' }),
      has(p, 'new') ? el('span', { class: 'tag', text: 'NEW' }) : has(p, 'best') ? el('span', { class: 'tag best', text: 'BEST' }) : null,
      el('span', { class: 'name', text: p.name[lang] }),
      el('span', { class: 'price', text: won(p.price) })]);
  }
  function grid(list) { return el('div', { class: 'grid' }, list.map(card)); }

  function toast(text) {
    var old = document.querySelector('.toast');
    if (old) old.remove();
    var n = el('div', { class: 'toast', role: 'status', text: text });
    document.body.appendChild(n);
    setTimeout(function () { n.remove(); }, 2500);
  }

  var views = {
    main: function () {
      document.title = t('shop') + ' - ' + t('tagline');
      return [el('section', { class: 'hero' }, [el('h1', { text: t('tagline') }), el('p', { text: t('shipping') })]),
        el('h2', { text: t('newIn') }), grid(cat.products.filter(function (p) { return has(p, 'new'); }).slice(0, 8)),
        el('h2', { text: t('best') }), grid(cat.products.filter(function (p) { return has(p, 'best'); }).slice(0, 8)),
        el('h2', { text: t('categories') }),
        el('div', { class: 'catgrid' }, cat.categories.map(function (c) {
          var first = cat.products.filter(function (p) { return p.category === c.id; })[0];
          return el('a', { href: 'category.html?c=' + c.id, class: 'catcard' }, [el('img', { src: first.image, alt: '' }), el('span', { text: c.name[lang] })]);
        }))];
    },
    category: function () {
      var c = category(categoryId);
      if (!c) { document.title = t('shop'); return [el('p', { class: 'empty', text: t('notFound') })]; }
      var sort = sorters[params.get('sort')] ? params.get('sort') : 'popular';
      document.title = c.name[lang] + ' - ' + t('shop');
      var list = cat.products.filter(function (p) { return p.category === c.id; }).sort(sorters[sort]);
      var select = el('select', { id: 'sort', 'aria-label': t('sort'), onchange: function () { resort(select.value); } },
        Object.keys(sorters).map(function (k) { var o = el('option', { value: k, text: t(k) }); o.selected = k === sort; return o; }));
      return [el('div', { class: 'listhead' }, [el('h1', { text: c.name[lang] }), el('label', {}, [t('sort') + ' ', select])]), grid(list)];
    },
    product: function () {
      var p = byId(productId);
      if (!p) { document.title = t('shop'); return [el('p', { class: 'empty', text: t('notFound') })]; }
      html.setAttribute('data-fw-category', p.category);
      document.title = p.name[lang] + ' - ' + t('shop');
      var qty = el('input', { type: 'number', min: '1', max: '99', value: '1', id: 'qty', 'aria-label': t('qty') });
      var c = category(p.category);
      return [el('p', { class: 'crumbs' }, [el('a', { href: './', text: t('home') }), ' › ',
        el('a', { href: 'category.html?c=' + c.id, text: c.name[lang] })]),
        el('article', { class: 'detail' }, [
          el('img', { src: p.image, alt: p.name[lang], width: '400', height: '400' }),
          el('div', { class: 'info' }, [
            el('h1', { text: p.name[lang] }),
            el('p', { class: 'price big', text: won(p.price) }),
            el('p', { text: p.description[lang] }),
            el('p', { class: 'tags' }, p.tags.map(function (g) { return el('span', { text: '#' + g }); })),
            el('div', { class: 'buy' }, [el('label', {}, [t('qty') + ' ', qty]),
              el('button', { type: 'button', class: 'primary', id: 'add', text: t('add'), onclick: function () {
                addToCart(p.id, Math.max(1, Math.min(99, parseInt(qty.value, 10) || 1)));
                render();
                toast(t('added'));
              } })]),
            el('p', { class: 'note', text: t('shipping') })])]),
        el('h2', { text: t('related') }),
        grid(cat.products.filter(function (x) { return x.category === p.category && x.id !== p.id; }).slice(0, 4))];
    },
    search: function () {
      var q = (params.get('q') || '').trim();
      var words = q.toLowerCase().split(/\s+/).filter(Boolean);
      var list = words.length ? cat.products.filter(function (p) {
        // Names, tags and categories: Korean descriptions match too loosely ("울" in "어울리는").
        var hay = [p.name.ko, p.name.en, p.tags.join(' '),
          category(p.category).name.ko, category(p.category).name.en].join(' ').toLowerCase();
        return words.every(function (w) { return hay.indexOf(w) >= 0; });
      }) : [];
      document.title = t('search') + ': ' + q + ' - ' + t('shop');
      return [el('h1', { text: t('results', { q: q, n: list.length }) }),
        list.length ? grid(list) : el('p', { class: 'empty', text: t('noResults') })];
    },
    cart: function () {
      document.title = t('cart') + ' - ' + t('shop');
      var lines = cart().filter(function (x) { return byId(x.id); });
      if (!lines.length) return [el('h1', { text: t('cart') }), el('p', { class: 'empty', text: t('empty') }), el('a', { class: 'primary btn', href: './', text: t('shopNow') })];
      var total = 0;
      var rows = lines.map(function (x) {
        var p = byId(x.id);
        total += p.price * x.qty;
        var change = function (d) {
          var c = cart();
          c.forEach(function (y) { if (y.id === x.id) y.qty = Math.max(1, Math.min(99, y.qty + d)); });
          saveCart(c);
          render();
        };
        return el('li', { class: 'line' }, [el('img', { src: p.image, alt: '' }),
          el('a', { href: 'product.html?id=' + p.id, text: p.name[lang] }),
          el('span', { class: 'qty' }, [el('button', { type: 'button', 'aria-label': '-1', text: '−', onclick: function () { change(-1); } }),
            el('span', { text: String(x.qty) }),
            el('button', { type: 'button', 'aria-label': '+1', text: '+', onclick: function () { change(1); } })]),
          el('span', { class: 'price', text: won(p.price * x.qty) }),
          el('button', { type: 'button', class: 'link', text: t('remove'), onclick: function () {
            saveCart(cart().filter(function (y) { return y.id !== x.id; }));
            render();
          } })]);
      });
      return [el('h1', { text: t('cart') }), el('ul', { class: 'lines' }, rows),
        el('p', { class: 'total' }, [t('total') + ' ', el('strong', { text: won(total) })]),
        el('a', { class: 'primary btn', href: 'checkout.html', id: 'checkout', text: t('checkout') })];
    },
    checkout: function () {
      if (params.get('done') === '1') {
        document.title = t('done') + ' - ' + t('shop');
        var n = read(sessionStorage, 'maru_order') || '-';
        return [el('section', { class: 'hero' }, [el('h1', { text: t('done') }), el('p', { text: t('doneText', { n: n }) })]),
          el('a', { class: 'primary btn', href: './', text: t('shopNow') })];
      }
      document.title = t('checkout') + ' - ' + t('shop');
      var lines = cart().filter(function (x) { return byId(x.id); });
      var total = lines.reduce(function (s, x) { return s + byId(x.id).price * x.qty; }, 0);
      var field = function (name, type) {
        return el('label', {}, [t(name), el('input', { name: name, type: type || 'text', required: '', autocomplete: 'off' })]);
      };
      return [el('h1', { text: t('checkout') }),
        el('div', { class: 'checkout' }, [
          el('form', { id: 'order', onsubmit: function (e) {
            e.preventDefault();
            write(sessionStorage, 'maru_order', 'M' + String(Date.now()).slice(-8));
            saveCart([]);
            location.href = 'checkout.html?done=1';
          } }, [field('name'), field('phone', 'tel'), field('address'),
            el('fieldset', {}, [el('legend', { text: t('pay') })].concat(['card', 'transfer', 'kakao'].map(function (k, i) {
              var r = el('input', { type: 'radio', name: 'pay', value: k });
              r.checked = i === 0;
              return el('label', { class: 'radio' }, [r, t(k)]);
            }))),
            el('button', { type: 'submit', class: 'primary', id: 'pay', text: t('place'), disabled: lines.length ? null : '' })]),
          el('aside', { class: 'summary' }, [el('h2', { text: t('order') }), el('p', { text: t('items', { n: lines.length }) }),
            el('p', {}, [t('delivery') + ' ', el('span', { text: total >= 50000 || !total ? t('free') : won(3000) })]),
            el('p', { class: 'total' }, [t('total') + ' ', el('strong', { text: won(total + (total >= 50000 || !total ? 0 : 3000)) })])])])];
    }
  };

  // Re-sorting stays on the page and replaces the URL (a single-page-app navigation the
  // tracker reports as "replace"). Staff re-sort suggestions arrive the same way.
  function resort(sort) {
    if (!sorters[sort]) return;
    params.set('sort', sort);
    history.replaceState(null, '', 'category.html?' + params.toString());
    render();
  }
  window.addEventListener('floorwalker:action', function (e) {
    if (e.detail.kind === 'resort' && page === 'category') {
      e.preventDefault();
      resort(e.detail.action.sort);
      toast(t('sortChanged', { s: t(e.detail.action.sort) }));
    }
  });

  function render() {
    var app = document.getElementById('app');
    var main = el('main', {}, (views[page] || views.main)());
    app.textContent = '';
    app.appendChild(header());
    app.appendChild(main);
    app.appendChild(el('footer', { text: t('footer') }));
  }

  document.addEventListener('DOMContentLoaded', function () {
    fetch('catalogue.json').then(function (r) { return r.json(); }).then(function (j) {
      cat = j;
      render();
      // The title and the product's category are known only now: tell the tracker (a page event
      // for the same URL updates the page's details and adds no trail entry).
      window.floorwalker.push(['trackPageView', 'replace']);
    });
  });
})();
