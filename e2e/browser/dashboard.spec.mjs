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
  await page.click('#lang');
  await page.waitForFunction(n => document.querySelector('#cards .card[data-code="MED_DISPUTES"] .name').textContent === n,
    disputes.name, { timeout: WAIT });

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
