// End-to-end test of the gateway's dashboard page in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser download). Run by DashboardIT against a gateway it started, or by hand:
//
//   DASHBOARD_URL=http://127.0.0.1:8080 DASHBOARD_TOKEN="$(dev/token county-admin)" \
//   DASHBOARD_TOWNSHIP_TOKEN="$(dev/token township-officer 519901101)" node e2e/browser/dashboard.spec.mjs
//
// Every check compares the page with what the gateway's API answers at the same moment. Waits poll the page
// (waitForFunction) until a condition holds or a generous limit passes; nothing is asserted after a fixed sleep.
// Prints "ok - <check>" per check and "DASHBOARD E2E OK (<n> checks)" at the end; exits non-zero on the first
// failure. The browser is closed in every case.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const BASE = (process.env.DASHBOARD_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const TOKEN = process.env.DASHBOARD_TOKEN;
const TOWNSHIP_TOKEN = process.env.DASHBOARD_TOWNSHIP_TOKEN;
const YEAR = Number(process.env.DASHBOARD_YEAR || new Date().getFullYear());
const PLAN = process.env.DASHBOARD_PLAN || '15th-fyp';
const COUNTY = process.env.DASHBOARD_COUNTY || '519901';
const DRILL = process.env.DASHBOARD_DRILL_TOWNSHIP || '519901100';
const NEW_DISPUTE_TOWNSHIP = process.env.DASHBOARD_NEW_DISPUTE_TOWNSHIP || '519901101';
const OUT = path.resolve(process.env.SCREENSHOT_DIR || 'target');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = Number(process.env.DASHBOARD_WAIT_MS || 30000);

if (!TOKEN) {
  console.error('DASHBOARD_TOKEN is required (a county-admin token, e.g. dev/token county-admin)');
  process.exit(2);
}

let passed = 0;
function ok(message) {
  passed++;
  console.log(`ok - ${message}`);
}
function check(condition, message, detail) {
  if (!condition) {
    throw new Error(message + (detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`));
  }
  ok(message);
}

async function api(pathAndQuery, { token = TOKEN, method = 'GET', body } = {}) {
  const response = await fetch(BASE + pathAndQuery, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${pathAndQuery} -> ${response.status} ${text}`);
  }
  return JSON.parse(text);
}

const progressOf = (org, plan = PLAN, year = YEAR, token = TOKEN) =>
  api(`/api/v1/plans/${plan}/progress?orgCode=${org}&year=${year}`, { token });

/** What each card must show for a progress answer: status, the raw value and the value as the page formats it. */
function expectedCards(progress) {
  return progress.indicators.map(i => ({
    code: i.code,
    status: i.status,
    actual: i.actual === null ? '' : String(i.actual),
    name: i.name,
  }));
}

/** Waits until every card on the page shows exactly the figures of {@code progress}; throws with the differences. */
async function expectCardsToMatch(page, progress, label) {
  const expected = expectedCards(progress);
  try {
    await page.waitForFunction(exp => {
      const cards = document.querySelectorAll('#cards .card');
      if (cards.length !== exp.length) {
        return false;
      }
      return exp.every(e => {
        const card = document.querySelector(`#cards .card[data-code="${e.code}"]`);
        if (!card) {
          return false;
        }
        const shown = card.querySelector('.value').textContent;
        const formatted = e.actual === '' ? '—' : Number(e.actual).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
        return card.dataset.status === e.status && card.dataset.actual === e.actual && shown === formatted;
      });
    }, expected, { timeout: WAIT, polling: 200 });
  } catch (e) {
    const shown = await page.$$eval('#cards .card', cards => cards.map(c => ({
      code: c.dataset.code, status: c.dataset.status, actual: c.dataset.actual, text: c.querySelector('.value').textContent,
    })));
    throw new Error(`${label}: the cards never matched the API.\nexpected ${JSON.stringify(expected)}\nshown    ${JSON.stringify(shown)}`);
  }
  ok(`${label}: ${expected.length} cards show exactly the API's figures and statuses`);
}

/** Every item of the work queue (今日待办: overdue or due within 7 days) of {@code org}, page by page. */
async function queueOf(org, token = TOKEN) {
  const base = `/api/v1/work-queue?orgCode=${org}&within=P7D&size=200`;
  const first = await api(`${base}&page=0`, { token });
  const items = [...first.items];
  for (let p = 1; items.length < first.total; p++) {
    const next = await api(`${base}&page=${p}`, { token });
    if (!next.items.length) {
      break;
    }
    items.push(...next.items);
  }
  return { ...first, items };
}

/** What the 今日待办 panel must show for a work queue: counts by kind, the first ten overdue items, how many more. */
function expectedQueue(queue) {
  const kinds = {};
  queue.items.forEach(i => {
    const k = kinds[i.kind] || (kinds[i.kind] = { count: 0, overdue: 0 });
    k.count++;
    if (i.overdue) {
      k.overdue++;
    }
  });
  const overdue = queue.items.filter(i => i.overdue);
  return { total: queue.total, kinds, overdue: overdue.length, listed: overdue.slice(0, 10).map(i => i.recordId),
    more: Math.max(0, overdue.length - 10) };
}

/** The red of the page's OFF_TRACK status (--s-OFF_TRACK: #c62828), as getComputedStyle reports it. */
const RED = 'rgb(198, 40, 40)';

/**
 * Waits until the 今日待办 panel shows exactly the work queue of {@code org} as the API answers it now: the total,
 * per kind the count and the overdue count (red, only when there are some), the overdue items in due order (at most
 * ten, red) and the "more" line; throws with the differences.
 */
async function expectQueueToMatch(page, org, label, token = TOKEN) {
  const exp = expectedQueue(await queueOf(org, token));
  try {
    await page.waitForFunction(([org, exp]) => {
      const panel = document.getElementById('queue-panel');
      if (panel.dataset.state !== 'ok' || panel.dataset.org !== org || panel.dataset.total !== String(exp.total)
        || panel.dataset.overdue !== String(exp.overdue)) {
        return false;
      }
      const digits = el => (el ? Number(el.textContent.replace(/\D/g, '')) : null);
      const kinds = [...panel.querySelectorAll('.queue-kind')];
      if (kinds.length !== Object.keys(exp.kinds).length) {
        return false;
      }
      const kindsOk = kinds.every(li => {
        const e = exp.kinds[li.dataset.kind];
        const od = li.querySelector('.kind-overdue');
        return e && li.dataset.count === String(e.count) && digits(li.querySelector('.kind-count')) === e.count
          && li.dataset.overdue === String(e.overdue) && (e.overdue > 0 ? digits(od) === e.overdue : od === null)
          && li.querySelector('.kind-name').textContent.length > 0;
      });
      const listed = [...panel.querySelectorAll('#queue-overdue .queue-item')].map(li => li.dataset.record);
      const more = document.getElementById('queue-more');
      return kindsOk && JSON.stringify(listed) === JSON.stringify(exp.listed)
        && document.getElementById('queue-overdue-box').hidden === (exp.overdue === 0)
        && (exp.more === 0 ? more.hidden : !more.hidden && digits(more) === exp.more);
    }, [org, exp], { timeout: WAIT, polling: 200 });
  } catch (e) {
    const shown = await page.evaluate(() => {
      const panel = document.getElementById('queue-panel');
      return { state: panel.dataset.state, org: panel.dataset.org, total: panel.dataset.total, overdue: panel.dataset.overdue,
        kinds: [...panel.querySelectorAll('.queue-kind')].map(li => [li.dataset.kind, li.textContent]),
        listed: [...panel.querySelectorAll('#queue-overdue .queue-item')].map(li => li.dataset.record),
        more: document.getElementById('queue-more').textContent, error: document.getElementById('queue-error').textContent };
    });
    throw new Error(`${label}: the 今日待办 panel never matched the work queue.\nexpected ${JSON.stringify(exp)}\nshown    ${JSON.stringify(shown)}`);
  }
  // overdue in red: each kind's overdue count and each listed item
  const colours = await page.evaluate(() => ({
    kinds: [...document.querySelectorAll('#queue-panel .queue-kind .kind-overdue')].map(e => getComputedStyle(e).color),
    items: [...document.querySelectorAll('#queue-overdue .queue-item')].map(e => [getComputedStyle(e).color,
      getComputedStyle(e).borderLeftColor, e.querySelector('.item-due').textContent, e.querySelector('.item-town').textContent]),
  }));
  const overdueKinds = Object.values(exp.kinds).filter(k => k.overdue > 0).length;
  if (colours.kinds.length !== overdueKinds || !colours.kinds.every(c => c === RED)
    || !colours.items.every(([c, b, due, town]) => c === RED && b === RED && /\d{4}-\d{2}-\d{2}/.test(due) && town.length > 0)) {
    throw new Error(`${label}: the overdue counts and items are not all red (${RED}) with a due date and a township: ${JSON.stringify(colours)}`);
  }
  const kinds = Object.entries(exp.kinds).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v.count} (${v.overdue} overdue)`).join(', ');
  ok(`today's work of ${label}: ${exp.total} items, ${kinds}; ${exp.overdue} overdue in red, ${exp.listed.length} listed, ${exp.more} more`);
  return exp;
}

function registerDispute(township) {
  return api('/api/v1/mediation/disputes', {
    method: 'POST',
    body: {
      townshipCode: township, source: 'SCREENING', category: 'NEIGHBOR', summary: 'dashboard e2e: live update',
      registeredOn: new Date().toISOString().slice(0, 10), parties: [{ name: '测试', role: 'APPLICANT' }],
    },
  });
}

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.click(selector)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const pageErrors = [];
/** Script errors and console errors (a refused script or style would show here), but not failed requests: the
 * forged-token check makes the gateway answer 401 on purpose. */
function watch(page) {
  page.on('pageerror', e => pageErrors.push(e.message));
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      pageErrors.push(m.text());
    }
  });
}
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  watch(page);

  // --- sign-in: without a token the page asks for one; a malformed one is refused before any call
  await page.goto(BASE + '/');
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: WAIT });
  check(await page.isVisible('#token-input'), 'without a token the sign-in form is shown');
  check((await page.textContent('#dev-help')).includes('dev/token county-admin'), 'the sign-in form explains dev/token county-admin');
  await page.fill('#token-input', 'not-a-token');
  await page.click('#sign-in-form button[type=submit]');
  check(await page.isVisible('#sign-in-error'), 'a malformed token is refused with a message');

  // a well-formed token with a broken signature is refused by the gateway (401) and the page signs out
  const parts = TOKEN.split('.');
  const forged = `${parts[0]}.${parts[1]}.${parts[2].slice(0, -4)}AAAA`;
  await page.goto(`${BASE}/?token=${encodeURIComponent(forged)}`);
  await page.waitForFunction(() => !document.getElementById('sign-in-error').hidden
    && document.getElementById('sign-in-error').textContent.includes('401'), null, { timeout: WAIT });
  check(await page.evaluate(() => sessionStorage.getItem('justice.dashboard.token')) === null,
    'a token the gateway rejects (401) signs the page out and is forgotten');

  // --- ?token= signs in; the token leaves the address bar and stays in sessionStorage only
  await page.goto(`${BASE}/?token=${encodeURIComponent(TOKEN)}`);
  await page.waitForSelector('#cards .card', { timeout: WAIT });
  check(!page.url().includes('token='), 'the token is removed from the address bar', page.url());
  check(await page.evaluate(() => sessionStorage.getItem('justice.dashboard.token')) === TOKEN, 'the token is kept in sessionStorage');

  // --- the county's cards equal the API's progress, indicator by indicator
  const county = await progressOf(COUNTY);
  await expectCardsToMatch(page, county, `county ${COUNTY} ${PLAN} ${YEAR}`);
  const success = county.indicators.find(i => i.code === 'MED_SUCCESS_RATE');
  check(success.actual !== null && success.denominator > 0, 'MED_SUCCESS_RATE has figures in the API', success);
  const card = await page.$eval('#cards .card[data-code="MED_SUCCESS_RATE"]', c => ({
    value: c.querySelector('.value').textContent, unit: (c.querySelector('.unit') || {}).textContent,
    ratio: c.querySelector('.ratio').textContent, target: c.querySelector('.target').textContent, cls: c.className,
  }));
  check(card.unit === '%' && card.ratio.replace(/\s/g, '') === `${success.numerator}/${success.denominator}`,
    'the success-rate card shows the unit and numerator / denominator', card);
  check(card.target.includes(String(success.target)) && card.cls.includes(`s-${success.status}`),
    'the success-rate card shows its target and status colour', card);
  const summary = await page.$$eval('#status-summary .count', els => Object.fromEntries(els.map(e => [e.dataset.status, Number(e.querySelector('b').textContent)])));
  const counted = {};
  county.indicators.forEach(i => { counted[i.status] = (counted[i.status] || 0) + 1; });
  check(Object.entries(summary).every(([s, n]) => n === (counted[s] || 0)), 'the status summary counts the API statuses', { summary, counted });
  await page.waitForSelector('#cards .card[data-code="MED_DISPUTES"] .sparkline', { timeout: WAIT });
  ok('cards carry a trend sparkline');

  // --- 今日待办: the county's work queue, counts by kind, overdue in red
  await expectQueueToMatch(page, COUNTY, `county ${COUNTY}`);
  check((await page.textContent('#queue-title')) === '今日待办'
    && (await page.textContent('#queue-lead')).includes(await page.evaluate(() => document.querySelector('#crumbs .crumb.current').textContent)),
  'the 今日待办 panel names the org unit shown');

  // --- the township table equals each township's progress for the chosen indicator
  const orgUnits = await api('/api/v1/org-units');
  const townships = orgUnits.filter(u => u.level === 'TOWNSHIP');
  await page.waitForFunction(n => document.querySelectorAll('#township-table tbody tr').length === n, townships.length, { timeout: WAIT });
  const chosen = await page.inputValue('#township-indicator');
  const rows = await page.$$eval('#township-table tbody tr', trs => trs.map(tr => ({ org: tr.dataset.org, actual: tr.dataset.actual, status: tr.dataset.status })));
  for (const u of townships) {
    const item = (await progressOf(u.code)).indicators.find(i => i.code === chosen);
    const row = rows.find(r => r.org === u.code);
    check(row && row.actual === (item.actual === null ? '' : String(item.actual)) && row.status === item.status,
      `township table: ${u.name} shows ${chosen} = ${item.actual} (${item.status})`, row);
  }

  // --- choosing an indicator on a card moves the table and the trend charts to it
  await page.click('#cards .card[data-code="MED_DISPUTES"]');
  await page.waitForFunction(() => document.getElementById('township-indicator').value === 'MED_DISPUTES'
    && document.getElementById('trend-name').textContent.length > 0, null, { timeout: WAIT });
  const yearSeries = await api(`/api/v1/indicators/MED_DISPUTES/series?orgCode=${COUNTY}&from=2021-01-01&to=${YEAR}-12-31&granularity=YEAR`);
  const thisYear = yearSeries.points.find(p => p.period === String(YEAR));
  await page.waitForFunction(v => [...document.querySelectorAll('#year-chart .bar title')].some(t => t.textContent.includes(v)),
    `${YEAR}：${Number(thisYear.actual).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}`, { timeout: WAIT });
  ok(`the year chart shows MED_DISPUTES ${YEAR} = ${thisYear.actual} as the series API does`);
  await page.waitForSelector('#quarter-chart svg .series', { timeout: WAIT });
  ok('the quarter chart is drawn');

  // --- drill-down: a township row opens that township's cards
  const drillName = townships.find(u => u.code === DRILL).name;
  await page.click(`#township-table tbody tr[data-org="${DRILL}"]`);
  await page.waitForSelector(`#crumbs .crumb.current[data-org="${DRILL}"]`, { timeout: WAIT });
  check((await page.textContent('#crumbs')).includes(drillName), `drill-down: the breadcrumb names ${drillName}`);
  await expectCardsToMatch(page, await progressOf(DRILL), `township ${DRILL}`);
  await expectQueueToMatch(page, DRILL, `township ${DRILL}`);
  await page.click(`#crumbs a.crumb[data-org="${COUNTY}"]`);
  await page.waitForSelector(`#crumbs .crumb.current[data-org="${COUNTY}"]`, { timeout: WAIT });
  await expectCardsToMatch(page, await progressOf(COUNTY), 'back to the county');

  // --- live update: a dispute registered through the API shows without reloading the page
  await page.evaluate(() => { window.__noReload = true; });
  const before = Number(await page.getAttribute('#cards .card[data-code="MED_DISPUTES"]', 'data-actual'));
  await registerDispute(NEW_DISPUTE_TOWNSHIP);
  try {
    await page.waitForFunction(n => document.querySelector('#cards .card[data-code="MED_DISPUTES"]').dataset.actual === String(n),
      before + 1, { timeout: WAIT * 2, polling: 250 });
  } catch (e) {
    throw new Error(`MED_DISPUTES never went from ${before} to ${before + 1} on the page`);
  }
  check(await page.evaluate(() => window.__noReload === true), `live update: MED_DISPUTES went from ${before} to ${before + 1} without a reload`);
  await expectCardsToMatch(page, await progressOf(COUNTY), 'after the live update');

  // --- 今日待办 when the work queue fails: the panel says so and offers a retry; the rest of the page stays
  await page.route('**/api/v1/work-queue**', route => route.fulfill({
    status: 503, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'work queue unavailable (e2e)' }),
  }));
  await page.click(`#township-table tbody tr[data-org="${DRILL}"]`);
  await page.waitForFunction(() => document.getElementById('queue-panel').dataset.state === 'error', null, { timeout: WAIT });
  const failure = await page.evaluate(() => ({
    text: document.getElementById('queue-error').textContent,
    visible: !document.getElementById('queue-error').hidden,
    cls: document.getElementById('queue-error').className,
    kinds: document.querySelectorAll('#queue-panel .queue-kind').length,
    retry: Boolean(document.getElementById('queue-retry')),
  }));
  await expectCardsToMatch(page, await progressOf(DRILL), `township ${DRILL} while the work queue fails`);
  await page.unroute('**/api/v1/work-queue**');
  check(failure.visible && failure.text.includes('今日待办加载失败') && failure.text.includes('503') && failure.cls.includes('error')
    && failure.kinds === 0 && failure.retry,
  "today's work degrades to an error with a retry when the work queue fails (503)", failure);
  await page.click('#queue-retry');
  await expectQueueToMatch(page, DRILL, `township ${DRILL} after a retry`);
  await page.click(`#crumbs a.crumb[data-org="${COUNTY}"]`);
  await page.waitForSelector(`#crumbs .crumb.current[data-org="${COUNTY}"]`, { timeout: WAIT });
  await expectCardsToMatch(page, await progressOf(COUNTY), 'back to the county again');

  // --- exports: fetched with the token, offered as downloads
  const csv = await download(page, '[data-export="csv"]');
  const csvText = csv.bytes.toString('utf8');
  check(csv.name === `progress-${PLAN}-${COUNTY}-${YEAR}.csv` && csvText.startsWith('\uFEFF指标代码') && csvText.includes('MED_DISPUTES'),
    `CSV export downloads ${csv.name} with Chinese headers`, csv.name);
  const xlsx = await download(page, '[data-export="xlsx"]');
  check(xlsx.name.endsWith('.xlsx') && xlsx.bytes.subarray(0, 2).toString('latin1') === 'PK', `Excel export downloads ${xlsx.name}`);
  const report = await download(page, '[data-export="year-report"]');
  const reportText = report.bytes.toString('utf8');
  check(report.name.endsWith('.html') && reportText.includes('工作总结'), `the work report downloads as ${report.name}`);

  // --- English labels
  await page.click('#lang');
  const disputes = county.indicators.find(i => i.code === 'MED_DISPUTES');
  await page.waitForFunction(n => document.querySelector('#cards .card[data-code="MED_DISPUTES"] .name').textContent === n,
    disputes.nameEn, { timeout: WAIT });
  check((await page.textContent('#sign-out')) === 'Sign out', 'the English toggle switches the labels and indicator names');
  await expectQueueToMatch(page, COUNTY, `county ${COUNTY} in English`);
  const queueLabels = () => page.evaluate(() => ({
    title: document.getElementById('queue-title').textContent,
    kind: document.querySelector('#queue-panel .queue-kind[data-kind="MEDIATION_DISPUTE_DUE"] .kind-name').textContent,
    item: document.querySelector('#queue-overdue .queue-item .item-title').textContent,
    overdue: document.querySelector('#queue-panel .queue-kind[data-kind="MEDIATION_DISPUTE_DUE"] .kind-overdue').textContent,
  }));
  const en = await queueLabels();
  check(en.title === "Today's work" && en.kind === 'Dispute mediation deadline' && en.item === en.kind && /overdue/.test(en.overdue),
    `today's work in English: ${en.title}, ${en.kind}`, en);
  await page.click('#lang');
  await page.waitForFunction(n => document.querySelector('#cards .card[data-code="MED_DISPUTES"] .name').textContent === n,
    disputes.name, { timeout: WAIT });
  const zh = await queueLabels();
  const zhTitle = (await queueOf(COUNTY)).items.find(i => i.kind === 'MEDIATION_DISPUTE_DUE').title.replace(/ \d{4}-\d{2}-\d{2}$/, '');
  check(zh.title === '今日待办' && zh.kind === zhTitle && zh.item === zhTitle && /逾期/.test(zh.overdue),
    `today's work in Chinese: ${zh.title}, ${zh.kind}`, zh);

  // --- screenshots: desktop and a phone-width screen (nothing wider than the screen)
  await page.waitForSelector('#year-chart svg', { timeout: WAIT });
  await page.screenshot({ path: path.join(OUT, 'dashboard.png'), fullPage: true });
  ok(`desktop screenshot ${path.join(OUT, 'dashboard.png')}`);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const phonePage = await phone.newPage();
  watch(phonePage);
  await phonePage.goto(`${BASE}/?token=${encodeURIComponent(TOKEN)}`);
  await expectCardsToMatch(phonePage, await progressOf(COUNTY), 'phone width');
  await phonePage.waitForSelector('#year-chart svg', { timeout: WAIT });
  await phonePage.waitForSelector('#cards .sparkline', { timeout: WAIT });
  await expectQueueToMatch(phonePage, COUNTY, 'phone width');
  const phoneQueue = await phonePage.evaluate(() => {
    const rects = [...document.querySelectorAll('#queue-panel .queue-kind, #queue-overdue .queue-item')].map(e => e.getBoundingClientRect());
    const kinds = [...document.querySelectorAll('#queue-panel .queue-kind')].map(e => e.getBoundingClientRect().left);
    return { right: Math.max(...rects.map(r => r.right)), width: window.innerWidth, lefts: [...new Set(kinds.map(Math.round))] };
  });
  check(phoneQueue.right <= phoneQueue.width && phoneQueue.lefts.length === 1,
    "today's work at 390 px: one kind per row, nothing wider than the screen", phoneQueue);
  const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, 'at 390 px nothing is wider than the screen', `${overflow}px too wide`);
  await phonePage.screenshot({ path: path.join(OUT, 'dashboard-phone.png'), fullPage: true });
  ok(`phone screenshot ${path.join(OUT, 'dashboard-phone.png')}`);
  await phone.close();

  // --- the other plan and its years
  await page.selectOption('#plan-select', '14th-fyp');
  await page.waitForFunction(() => document.getElementById('year-select').value === '2025', null, { timeout: WAIT });
  await expectCardsToMatch(page, await progressOf(COUNTY, '14th-fyp', 2025), 'plan 14th-fyp 2025');
  await page.selectOption('#year-select', '2023');
  await expectCardsToMatch(page, await progressOf(COUNTY, '14th-fyp', 2023), 'plan 14th-fyp 2023');

  // --- sign out: the token is forgotten; a reload stays signed out
  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: WAIT });
  check(await page.evaluate(() => sessionStorage.getItem('justice.dashboard.token')) === null, 'signing out forgets the token');
  await page.reload();
  await page.waitForSelector('#sign-in:not([hidden])', { timeout: WAIT });
  ok('after signing out a reload shows the sign-in form');

  // --- a township officer sees its own township only
  if (TOWNSHIP_TOKEN) {
    const claims = JSON.parse(Buffer.from(TOWNSHIP_TOKEN.split('.')[1], 'base64url').toString('utf8'));
    const own = claims.township_code;
    const officer = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const officerPage = await officer.newPage();
    watch(officerPage);
    await officerPage.goto(`${BASE}/?token=${encodeURIComponent(TOWNSHIP_TOKEN)}`);
    await officerPage.waitForSelector('#cards .card', { timeout: WAIT });
    await expectCardsToMatch(officerPage, await progressOf(own, PLAN, YEAR, TOWNSHIP_TOKEN), `township officer of ${own}`);
    await expectQueueToMatch(officerPage, own, `township officer of ${own}`, TOWNSHIP_TOKEN);
    await officerPage.waitForFunction(() => document.querySelectorAll('#township-table tbody tr').length === 1, null, { timeout: WAIT });
    const officerRows = await officerPage.$$eval('#township-table tbody tr', trs => trs.map(tr => tr.dataset.org));
    check(officerRows.length === 1 && officerRows[0] === own && await officerPage.isDisabled('#org-select'),
      'a township officer sees only its own township', officerRows);
    await officer.close();
  }

  check(pageErrors.length === 0, 'no script or console error on the page', pageErrors);
  console.log(`DASHBOARD E2E OK (${passed} checks)`);
} catch (e) {
  console.error(`not ok - ${e.message}`);
  if (pageErrors.length) {
    console.error(`page errors: ${pageErrors.join(' | ')}`);
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
