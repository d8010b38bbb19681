// The dashboard (DESIGN §7): plan progress per indicator with status colours, township comparison with
// drill-down, year and quarter trends, exports. Reads only the gateway's API with the signed-in Bearer token.
// Polls the progress every few seconds and redraws when the figures change.

import { ApiError, claimsOf, download, forgetToken, getJson, storeToken, storedToken } from './api.js';
import { barChart, lineChart, sparkline } from './charts.js';
import { comparatorSign, currentLang, formatInstant, formatNumber, kindOrder, kindTitle, nameOf, setLang, t, withUnit } from './i18n.js';

/** How often the page asks whether the figures changed. */
const POLL_MS = 5000;
/** 今日待办: items overdue or due within this many days (the work queue's default look-ahead). */
const QUEUE_WITHIN_DAYS = 7;
/** The work queue's largest page; the panel pages through until it has every item (at most QUEUE_MAX_PAGES pages). */
const QUEUE_PAGE_SIZE = 200;
const QUEUE_MAX_PAGES = 50;
/** Overdue items listed by name; the rest are counted in a "more" line. */
const QUEUE_LIST = 10;
const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
const GROUPS = [
  ['mediation-service', 'groupMediation'],
  ['correction-service', 'groupCorrection'],
  ['legal-aid-service', 'groupLegalAid'],
  ['publicity-service', 'groupPublicity'],
  ['rule-of-law-service', 'groupRuleOfLaw'],
];

const $ = id => document.getElementById(id);

const state = {
  claims: null,
  plans: [],
  orgs: [],
  county: null,
  townships: [],
  planId: null,
  year: null,
  orgCode: null,
  indicator: null,
  progress: null,
  signature: null,
  monthly: new Map(),
  townshipProgress: new Map(),
  yearSeries: null,
  quarterSeries: null,
  queue: null,
  queueError: null,
  lastCheck: null,
  pollError: false,
  changed: new Set(),
  seq: 0,
  pollTimer: null,
};

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function today() {
  // the bureau's calendar day (Asia/Shanghai), as the API's "current year" is the server's
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function currentYear() {
  return Number(today().slice(0, 4));
}

/** The end of a period, but never after today: no empty future months in a series. */
function clampToToday(date) {
  const d = today();
  return date > d ? d : date;
}

function plan() {
  return state.plans.find(p => p.id === state.planId);
}

function planIndicator(code) {
  const p = plan();
  return p ? p.indicators.find(i => i.code === code) : null;
}

function orgName(code) {
  const o = state.orgs.find(u => u.code === code);
  return o ? o.name : code;
}

function townshipScoped() {
  return Boolean(state.claims && state.claims.township_code);
}

// ---------------------------------------------------------------------------------------------------------
// Static labels (data-t / data-t-html) and the language switch

function applyLabels() {
  document.querySelectorAll('[data-t]').forEach(el => {
    el.textContent = t(el.dataset.t);
  });
  document.querySelectorAll('[data-t-html]').forEach(el => {
    el.innerHTML = t(el.dataset.tHtml);
  });
  $('token-input').placeholder = t('tokenPlaceholder');
  $('lang').textContent = t('lang');
  $('lang').title = t('langTitle');
  $('sign-out').textContent = t('signOut');
  const county = state.county ? state.county.name : '';
  $('page-title').textContent = (county ? county + t('bureau') + ' · ' : '') + t('title');
  $('page-subtitle').textContent = t('subtitle');
  document.title = t('title') + (county ? ' · ' + county + t('bureau') : '');
}

function renderWho() {
  const who = $('who');
  if (!state.claims) {
    who.hidden = true;
    return;
  }
  const role = (state.claims.groups || [])[0];
  const parts = [t('role.' + role) !== 'role.' + role ? t('role.' + role) : role];
  if (state.claims.township_code) {
    parts.push(orgName(state.claims.township_code));
  }
  who.textContent = parts.filter(Boolean).join(' · ');
  who.title = state.claims.sub || '';
  who.hidden = false;
}

// ---------------------------------------------------------------------------------------------------------
// Sign-in

function showSignIn(message) {
  stopPolling();
  state.claims = null;
  $('dashboard').hidden = true;
  $('foot').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  renderWho();
  const err = $('sign-in-error');
  err.textContent = message || '';
  err.hidden = !message;
  const loopback = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(location.hostname);
  $('dev-help').hidden = !loopback;
  $('prod-help').hidden = loopback;
  $('token-input').focus();
}

/** Checks the token's shape and expiry locally; the gateway still verifies its signature on every call. */
function acceptToken(raw) {
  const token = (raw || '').trim().replace(/^Bearer\s+/i, '');
  if (!token) {
    return { error: t('tokenMissing') };
  }
  const claims = claimsOf(token);
  if (!claims) {
    return { error: t('tokenMalformed') };
  }
  if (claims.exp && claims.exp * 1000 < Date.now()) {
    return { error: t('tokenExpired') };
  }
  return { token, claims };
}

function signOut(message) {
  forgetToken();
  state.progress = null;
  state.signature = null;
  showSignIn(message);
}

function handleError(e) {
  if (e instanceof ApiError && e.status === 401) {
    signOut(t('tokenRejected'));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Navigation state: plan, year, org unit and indicator live in the URL's hash (bookmarkable, Back works)

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  return { plan: h.get('plan'), year: Number(h.get('year')) || null, org: h.get('org'), indicator: h.get('indicator') };
}

function writeHash(push) {
  const h = new URLSearchParams({ plan: state.planId, year: String(state.year), org: state.orgCode, indicator: state.indicator });
  const url = location.pathname + '#' + h.toString();
  if (push) {
    history.pushState(null, '', url);
  } else {
    history.replaceState(null, '', url);
  }
}

function yearsOf(p) {
  const last = Math.max(p.fromYear, Math.min(p.toYear, currentYear()));
  const years = [];
  for (let y = p.fromYear; y <= last; y++) {
    years.push(y);
  }
  return years;
}

/** Applies a wanted selection, falling back to sensible defaults for anything missing or not allowed. */
function select(wanted) {
  const year = currentYear();
  const byYear = state.plans.find(p => p.fromYear <= year && year <= p.toYear);
  const p = state.plans.find(x => x.id === wanted.plan) || byYear || state.plans[state.plans.length - 1];
  state.planId = p.id;
  const years = yearsOf(p);
  state.year = years.includes(wanted.year) ? wanted.year : years[years.length - 1];
  const readable = townshipScoped() ? [state.claims.township_code] : [state.county.code, ...state.townships.map(u => u.code)];
  state.orgCode = readable.includes(wanted.org) ? wanted.org : readable[0];
  const codes = p.indicators.map(i => i.code);
  state.indicator = codes.includes(wanted.indicator) ? wanted.indicator
    : codes.includes(state.indicator) ? state.indicator
      : codes.includes('MED_SUCCESS_RATE') ? 'MED_SUCCESS_RATE' : codes[0];
}

// ---------------------------------------------------------------------------------------------------------
// Loading

async function start(token, claims) {
  storeToken(token);
  state.claims = claims;
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  $('dashboard').hidden = false;
  $('foot').hidden = false;
  renderWho();
  try {
    const [plans, orgs] = await Promise.all([getJson('/api/v1/plans'), getJson('/api/v1/org-units')]);
    state.plans = plans.slice().sort((a, b) => a.fromYear - b.fromYear);
    state.orgs = orgs;
    state.county = orgs.find(u => u.level === 'COUNTY') || { code: claims.county_code, name: claims.county_code };
    state.townships = orgs.filter(u => u.level === 'TOWNSHIP');
  } catch (e) {
    if (!handleError(e)) {
      showLoadError(e);
    }
    return;
  }
  applyLabels();
  renderWho();
  select(readHash());
  writeHash(false);
  await reload();
  schedulePoll();
}

function showLoadError(e) {
  const box = $('load-error');
  const detail = e instanceof ApiError ? (e.status === 403 ? t('forbidden') : `${e.status} ${e.message}`) : String(e.message || e);
  box.innerHTML = `${esc(t('loadFailed'))}：${esc(detail)} <button type="button" class="tool" id="retry">${esc(t('retry'))}</button>`;
  box.hidden = false;
  $('retry').onclick = () => {
    box.hidden = true;
    const token = storedToken();
    const accepted = acceptToken(token);
    if (accepted.error) {
      signOut(accepted.error);
    } else if (!state.plans.length) {
      start(accepted.token, accepted.claims);
    } else {
      reload();
    }
  };
}

function progressParams() {
  return { orgCode: state.orgCode, year: state.year };
}

function signatureOf(progress) {
  return JSON.stringify([progress.planId, progress.orgCode, progress.year, progress.asOf,
    progress.indicators.map(i => [i.code, i.actual, i.numerator, i.denominator, i.target, i.status])]);
}

/** Loads everything for the current selection: progress first (the cards), then the rest in parallel. */
async function reload() {
  const seq = ++state.seq;
  $('load-error').hidden = true;
  renderControls();
  renderCrumbs();
  // the work queue of another org unit (or of a failed load) is not shown while the new one loads
  state.queue = null;
  state.queueError = null;
  renderQueue();
  $('cards').classList.add('loading');
  try {
    const progress = await getJson(`/api/v1/plans/${encodeURIComponent(state.planId)}/progress`, progressParams());
    if (seq !== state.seq) {
      return;
    }
    state.progress = progress;
    state.signature = signatureOf(progress);
    state.changed.clear();
    state.monthly = new Map();
    state.lastCheck = new Date();
    state.pollError = false;
    renderProgress();
  } catch (e) {
    if (seq === state.seq && !handleError(e)) {
      showLoadError(e);
    }
    return;
  } finally {
    $('cards').classList.remove('loading');
  }
  await refreshDetails(seq);
}

/** Sparklines, the township table and the trend charts: everything that follows the progress. */
async function refreshDetails(seq) {
  await Promise.all([loadSparklines(seq), loadTownships(seq), loadTrends(seq), loadQueue(seq)]);
}

function seriesOf(code, params) {
  return getJson(`/api/v1/indicators/${encodeURIComponent(code)}/series`, params);
}

async function loadSparklines(seq) {
  const from = `${state.year}-01-01`;
  const to = clampToToday(`${state.year}-12-31`);
  const codes = state.progress.indicators.map(i => i.code);
  const results = await Promise.allSettled(codes.map(code =>
    seriesOf(code, { orgCode: state.orgCode, from, to, granularity: 'MONTH' })));
  if (seq !== state.seq) {
    return;
  }
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      state.monthly.set(codes[i], r.value.points);
    } else {
      handleError(r.reason);
    }
  });
  renderSparklines();
}

async function loadTownships(seq) {
  const towns = townshipScoped() ? state.townships.filter(u => u.code === state.claims.township_code) : state.townships;
  const results = await Promise.allSettled(towns.map(u =>
    getJson(`/api/v1/plans/${encodeURIComponent(state.planId)}/progress`, { orgCode: u.code, year: state.year })));
  if (seq !== state.seq) {
    return;
  }
  state.townshipProgress = new Map();
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      state.townshipProgress.set(towns[i].code, r.value);
    } else {
      handleError(r.reason);
    }
  });
  renderTownships();
}

async function loadTrends(seq) {
  const code = state.indicator;
  const firstYear = Math.min(...state.plans.map(p => p.fromYear));
  const [years, quarters] = await Promise.allSettled([
    seriesOf(code, { orgCode: state.orgCode, from: `${firstYear}-01-01`, to: clampToToday(`${state.year}-12-31`), granularity: 'YEAR' }),
    seriesOf(code, { orgCode: state.orgCode, from: `${Math.max(firstYear, state.year - 2)}-01-01`, to: clampToToday(`${state.year}-12-31`), granularity: 'QUARTER' }),
  ]);
  if (seq !== state.seq) {
    return;
  }
  state.yearSeries = years.status === 'fulfilled' ? years.value : null;
  state.quarterSeries = quarters.status === 'fulfilled' ? quarters.value : null;
  [years, quarters].filter(r => r.status === 'rejected').forEach(r => handleError(r.reason));
  renderTrends();
}

/**
 * Every item of the work queue (待办) of {@code orgCode} that is overdue or due within QUEUE_WITHIN_DAYS, page by
 * page (the queue is ordered by due date). The first page's total and today are the answer's.
 */
async function fetchQueue(orgCode) {
  const params = { orgCode, within: `P${QUEUE_WITHIN_DAYS}D`, size: QUEUE_PAGE_SIZE };
  const first = await getJson('/api/v1/work-queue', { ...params, page: 0 });
  const items = first.items.slice();
  for (let page = 1; items.length < first.total && page < QUEUE_MAX_PAGES; page++) {
    const next = await getJson('/api/v1/work-queue', { ...params, page });
    if (!next.items.length) {
      break;
    }
    items.push(...next.items);
  }
  return { ...first, items };
}

async function loadQueue(seq) {
  const org = state.orgCode;
  let queue = null;
  let error = null;
  try {
    queue = await fetchQueue(org);
  } catch (e) {
    error = e;
  }
  if (seq !== state.seq) {
    return;
  }
  if (error && handleError(error)) {
    return;
  }
  state.queue = queue;
  state.queueError = error;
  renderQueue();
}

// ---------------------------------------------------------------------------------------------------------
// Live updates: ask for the progress every POLL_MS; when its figures change, redraw and reload the details

function schedulePoll() {
  stopPolling();
  state.pollTimer = setTimeout(poll, POLL_MS);
}

function stopPolling() {
  if (state.pollTimer) {
    clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }
}

async function poll() {
  state.pollTimer = null;
  if (document.hidden || !state.progress) {
    renderLive();
    schedulePoll();
    return;
  }
  const seq = state.seq;
  try {
    const progress = await getJson(`/api/v1/plans/${encodeURIComponent(state.planId)}/progress`, progressParams());
    state.lastCheck = new Date();
    state.pollError = false;
    if (seq === state.seq) {
      const signature = signatureOf(progress);
      if (signature !== state.signature) {
        const before = new Map(state.progress.indicators.map(i => [i.code, JSON.stringify(i)]));
        state.changed = new Set(progress.indicators.filter(i => before.get(i.code) !== JSON.stringify(i)).map(i => i.code));
        state.progress = progress;
        state.signature = signature;
        state.updatedAt = new Date();
        renderProgress();
        refreshDetails(seq);
      }
    }
  } catch (e) {
    if (handleError(e)) {
      return;
    }
    state.pollError = true;
  }
  renderLive();
  if (storedToken()) {
    schedulePoll();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

function renderControls() {
  const planSel = $('plan-select');
  planSel.innerHTML = state.plans.map(p =>
    `<option value="${esc(p.id)}"${p.id === state.planId ? ' selected' : ''}>${esc(nameOf(p))}（${p.fromYear}–${p.toYear}）</option>`).join('');
  const yearSel = $('year-select');
  yearSel.innerHTML = yearsOf(plan()).map(y => `<option value="${y}"${y === state.year ? ' selected' : ''}>${y}</option>`).join('');
  const orgSel = $('org-select');
  const orgs = townshipScoped() ? state.townships.filter(u => u.code === state.claims.township_code)
    : [{ code: state.county.code, name: state.county.name + ' · ' + t('wholeCounty') }, ...state.townships];
  orgSel.innerHTML = orgs.map(u => `<option value="${esc(u.code)}"${u.code === state.orgCode ? ' selected' : ''}>${esc(u.name)}</option>`).join('');
  orgSel.disabled = orgs.length < 2;
  const options = plan().indicators.map(i =>
    `<option value="${esc(i.code)}"${i.code === state.indicator ? ' selected' : ''}>${esc(nameOf(i))}</option>`).join('');
  $('township-indicator').innerHTML = options;
  $('trend-indicator').innerHTML = options;
}

function renderCrumbs() {
  const crumbs = $('crumbs');
  const county = state.county;
  if (state.orgCode === county.code || townshipScoped()) {
    crumbs.innerHTML = `<span class="crumb current" data-org="${esc(state.orgCode)}">${esc(orgName(state.orgCode))}</span>`
      + `<span class="crumb-sub">${esc(nameOf(plan()))} · ${state.year}</span>`;
  } else {
    crumbs.innerHTML = `<a href="#" class="crumb" data-org="${esc(county.code)}" title="${esc(t('backToCounty'))}">${esc(county.name)}</a>`
      + `<span class="sep" aria-hidden="true">›</span><span class="crumb current" data-org="${esc(state.orgCode)}">${esc(orgName(state.orgCode))}</span>`
      + `<span class="crumb-sub">${esc(nameOf(plan()))} · ${state.year}</span>`;
  }
}

function statusPill(status) {
  return `<span class="pill s-${esc(status)}">${esc(t('statusName.' + status))}</span>`;
}

function renderSummary() {
  const counts = Object.fromEntries(STATUSES.map(s => [s, 0]));
  state.progress.indicators.forEach(i => {
    counts[i.status] = (counts[i.status] || 0) + 1;
  });
  $('status-summary').innerHTML = STATUSES.map(s =>
    `<span class="count s-${s}" data-status="${s}"><i aria-hidden="true"></i>${esc(t('statusName.' + s))}<b>${counts[s]}</b></span>`).join('');
  $('as-of').innerHTML = `${esc(t('asOf'))} <time datetime="${esc(state.progress.asOf || '')}">${esc(state.progress.asOf ? formatInstant(state.progress.asOf) : t('noEvents'))}</time>`;
}

function renderLive() {
  const live = $('live');
  if (!state.progress) {
    live.textContent = '';
    return;
  }
  let text;
  let cls = 'live';
  if (document.hidden) {
    text = t('paused');
    cls += ' paused';
  } else if (state.pollError) {
    text = t('offline');
    cls += ' offline';
  } else {
    text = `${t('live')} · ${t('liveEvery', { s: POLL_MS / 1000 })}`
      + (state.lastCheck ? ` · ${t('checkedAt')} ${formatInstant(state.lastCheck.toISOString(), true).slice(11)}` : '');
  }
  live.className = cls;
  live.textContent = text;
}

/** Elapsed share of the selected year (1 for a past year), for the "time progress" mark of a count. */
function elapsedShare() {
  const y = currentYear();
  if (state.year < y) {
    return 1;
  }
  if (state.year > y) {
    return 0;
  }
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return Math.min(1, (Date.now() - start) / (end - start));
}

function cardHtml(item) {
  const def = planIndicator(item.code) || {};
  const rate = Boolean(def.denominator && def.denominator.length) || item.denominator !== null;
  const actual = item.actual === null || item.actual === undefined ? null : Number(item.actual);
  const target = item.target === null || item.target === undefined ? null : Number(item.target);
  const unit = item.unit || '';
  let meter = '';
  let progressText = '';
  if (item.comparator === '>=' && target > 0 && actual !== null) {
    const share = (actual / target) * 100;
    const mark = !rate && def.kind === 'FLOW' && elapsedShare() < 1
      ? `<i class="time-mark" style="left:${(elapsedShare() * 100).toFixed(1)}%" title="${esc(currentLang() === 'en' ? 'time elapsed' : '时间进度')} ${Math.round(elapsedShare() * 100)}%"></i>`
      : '';
    meter = `<div class="meter" role="img" aria-label="${esc(t('ofTarget', { p: formatNumber(share) }))}"><span style="width:${Math.min(100, share).toFixed(1)}%"></span>${mark}</div>`;
    progressText = rate ? '' : t('ofTarget', { p: formatNumber(Math.round(share * 10) / 10) });
  } else {
    meter = '<div class="meter empty"></div>';
  }
  const targetText = target === null ? t('noTarget')
    : `${item.comparator === '<=' ? t('limit') : t('target')} ${comparatorSign(item.comparator)} ${withUnit(target, unit)}`;
  const ratio = rate && item.numerator !== null && item.denominator !== null
    ? `<span class="ratio" title="${esc(currentLang() === 'en' ? 'numerator / denominator' : '分子 / 分母')}">${esc(t('ratio', { n: formatNumber(item.numerator), d: formatNumber(item.denominator) }))}</span>`
    : `<span class="ratio">${esc(progressText)}</span>`;
  const selected = item.code === state.indicator;
  return `<article class="card s-${esc(item.status)}${selected ? ' selected' : ''}${state.changed.has(item.code) ? ' changed' : ''}"`
    + ` data-code="${esc(item.code)}" data-status="${esc(item.status)}" data-actual="${esc(actual === null ? '' : String(actual))}"`
    + ` tabindex="0" role="button" aria-pressed="${selected}">`
    + `<header><h3 class="name" title="${esc(nameOf(item))}">${esc(nameOf(item))}</h3>${statusPill(item.status)}</header>`
    + `<div class="figure"><span class="value">${esc(formatNumber(actual))}</span>${actual !== null && unit ? `<span class="unit">${esc(unit)}</span>` : ''}</div>`
    + meter
    + `<div class="meta"><span class="target">${esc(targetText)}</span>${ratio}</div>`
    + `<div class="spark" data-spark="${esc(item.code)}"></div>`
    + '</article>';
}

function renderProgress() {
  renderSummary();
  renderLive();
  const items = state.progress.indicators;
  const byOwner = new Map();
  items.forEach(item => {
    const owner = (planIndicator(item.code) || {}).owner || 'other';
    if (!byOwner.has(owner)) {
      byOwner.set(owner, []);
    }
    byOwner.get(owner).push(item);
  });
  const known = GROUPS.map(g => g[0]);
  const groups = [...GROUPS, ...[...byOwner.keys()].filter(o => !known.includes(o)).map(o => [o, 'groupOther'])];
  $('cards').innerHTML = groups.filter(([owner]) => byOwner.has(owner)).map(([owner, label]) =>
    `<section class="group" data-owner="${esc(owner)}"><h2>${esc(t(label))}<span class="muted">${byOwner.get(owner).length} ${esc(t('indicators'))}</span></h2>`
    + `<div class="cards">${byOwner.get(owner).map(cardHtml).join('')}</div></section>`).join('');
  renderSparklines();
  if (state.changed.size) {
    $('live').textContent = t('updated');
    // the changed cards flash once; a later redraw (language, resize) does not repeat it
    state.changed = new Set();
  }
}

function renderSparklines() {
  document.querySelectorAll('[data-spark]').forEach(el => {
    const points = state.monthly.get(el.dataset.spark);
    if (!points) {
      return;
    }
    const values = points.map(p => (p.actual === null || p.actual === undefined ? null : Number(p.actual)));
    const svg = sparkline(values, { label: t('monthly') });
    el.innerHTML = svg;
    el.title = svg ? t('monthly') : '';
  });
}

function renderTownships() {
  const table = $('township-table');
  const code = state.indicator;
  const def = planIndicator(code) || {};
  const rows = [...state.townshipProgress.entries()].map(([org, p]) => ({
    org,
    item: p.indicators.find(i => i.code === code),
    all: p.indicators,
  })).filter(r => r.item);
  const values = rows.map(r => (r.item.actual === null ? null : Number(r.item.actual))).filter(v => v !== null);
  const max = Math.max(0, ...values);
  const head = `<thead><tr><th scope="col">${esc(t('township'))}</th><th scope="col">${esc(t('actual'))}</th>`
    + `<th scope="col" class="wide-only">${esc(t('target'))}</th><th scope="col">${esc(t('status'))}</th>`
    + `<th scope="col" class="wide-only">${esc(t('allIndicators'))}</th></tr></thead>`;
  const body = rows.map(r => {
    const v = r.item.actual === null ? null : Number(r.item.actual);
    const heat = v === null || max === 0 ? 0 : v / max;
    const strip = r.all.map(i =>
      `<i class="sq s-${esc(i.status)}" title="${esc(nameOf(i))}：${esc(withUnit(i.actual, i.unit))}（${esc(t('statusName.' + i.status))}）"></i>`).join('');
    return `<tr data-org="${esc(r.org)}" data-status="${esc(r.item.status)}" data-actual="${esc(v === null ? '' : String(v))}"`
      + ` class="${r.org === state.orgCode ? 'selected' : ''}" tabindex="0" role="link">`
      + `<th scope="row">${esc(orgName(r.org))}<span class="drill" aria-hidden="true">›</span></th>`
      + `<td class="heat" style="--heat:${heat.toFixed(3)}"><span class="heat-bar"></span><span class="num">${esc(withUnit(v, r.item.unit))}</span></td>`
      + `<td class="wide-only">${esc(r.item.target === null ? '—' : comparatorSign(r.item.comparator) + ' ' + withUnit(r.item.target, r.item.unit))}</td>`
      + `<td>${statusPill(r.item.status)}</td>`
      + `<td class="wide-only"><div class="strip">${strip}</div></td></tr>`;
  }).join('');
  table.innerHTML = head + `<tbody>${body}</tbody>`;
  table.setAttribute('aria-label', `${t('townships')} · ${nameOf(def)}`);
}

function renderTrends() {
  const def = planIndicator(state.indicator) || {};
  const unit = def.unit || '';
  $('trend-name').textContent = nameOf(def);
  const current = state.progress ? state.progress.indicators.find(i => i.code === state.indicator) : null;
  $('trend-org').textContent = orgName(state.orgCode) + (current && current.target !== null
    ? ` · ${t('target')} ${comparatorSign(def.comparator)} ${withUnit(current.target, unit)}（${state.year}）` : '');
  const thisYear = currentYear();
  const ys = state.yearSeries;
  const yearPoints = ys ? ys.points.map(p => ({
    label: p.period,
    value: p.actual,
    target: p.target,
    title: `${p.period}：${withUnit(p.actual, unit)}`,
    targetTitle: `${t('target')} ${comparatorSign(def.comparator)} ${withUnit(p.target, unit)}`,
    current: Number(p.period) >= thisYear,
  })) : [];
  // drawn at the box's own width so that labels keep their size on a phone
  const size = box => {
    const width = Math.max(280, Math.round($(box).clientWidth || 640));
    return { width, height: width < 520 ? 210 : 260 };
  };
  $('year-chart').innerHTML = barChart(yearPoints, {
    ...size('year-chart'),
    unit,
    empty: t('noSeries'),
    barClass: p => {
      if (p.current) {
        return 'current';
      }
      if (p.target === null || p.value === null) {
        return '';
      }
      const v = Number(p.value);
      const tg = Number(p.target);
      const met = def.comparator === '<=' ? v <= tg : def.comparator === '=' ? v === tg : v >= tg;
      return met ? 'met' : 'missed';
    },
  });
  const qs = state.quarterSeries;
  const quarterPoints = qs ? qs.points.map(p => ({
    label: p.period.replace('-Q', ' Q'),
    value: p.actual,
    title: `${p.period}：${withUnit(p.actual, unit)}`,
  })) : [];
  // a rate's yearly target also applies to each quarter; a count's does not (it is a year's total)
  const rate = Boolean(def.denominator && def.denominator.length);
  const target = rate && state.progress ? (state.progress.indicators.find(i => i.code === state.indicator) || {}).target : null;
  $('quarter-chart').innerHTML = lineChart(quarterPoints, {
    ...size('quarter-chart'),
    unit,
    target,
    targetLabel: target === null || target === undefined ? '' : `${t('targetLine')} ${comparatorSign(def.comparator)} ${withUnit(target, unit)}`,
    empty: t('noSeries'),
  });
}

/** Empties the 今日待办 panel's figures (while loading, or after a failure). */
function clearQueuePanel(panel) {
  delete panel.dataset.total;
  delete panel.dataset.overdue;
  $('queue-total').textContent = '';
  $('queue-kinds').innerHTML = '';
  $('queue-overdue-box').hidden = true;
}

/**
 * 今日待办 (docs/work-queue.md): per kind the number of items and, in red, how many are overdue; then the overdue items
 * (kind, township, due date — the queue holds no personal data), at most QUEUE_LIST of them and a "more" line.
 */
function renderQueue() {
  const panel = $('queue-panel');
  const q = state.queue;
  const err = $('queue-error');
  $('queue-lead').textContent = t('queueLead', { org: orgName(state.orgCode), days: QUEUE_WITHIN_DAYS, today: q ? q.today : today() });
  panel.dataset.org = state.orgCode || '';
  if (state.queueError) {
    const e = state.queueError;
    const detail = e instanceof ApiError ? (e.status === 403 ? t('forbidden') : `${e.status} ${e.message}`) : String(e.message || e);
    err.innerHTML = `${esc(t('queueFailed'))}：${esc(detail)} <button type="button" class="tool" id="queue-retry">${esc(t('retry'))}</button>`;
    err.hidden = false;
    $('queue-retry').onclick = () => {
      err.hidden = true;
      panel.dataset.state = 'loading';
      loadQueue(state.seq);
    };
    panel.dataset.state = 'error';
    clearQueuePanel(panel);
    return;
  }
  err.hidden = true;
  if (!q) {
    panel.dataset.state = 'loading';
    clearQueuePanel(panel);
    return;
  }
  const byKind = new Map();
  q.items.forEach(i => {
    const k = byKind.get(i.kind) || { kind: i.kind, title: i.title, count: 0, overdue: 0 };
    k.count++;
    if (i.overdue) {
      k.overdue++;
    }
    byKind.set(i.kind, k);
  });
  const order = kindOrder();
  const rank = k => (order.indexOf(k) < 0 ? order.length : order.indexOf(k));
  const kinds = [...byKind.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
  const overdue = q.items.filter(i => i.overdue);
  panel.dataset.state = 'ok';
  panel.dataset.total = String(q.total);
  panel.dataset.overdue = String(overdue.length);
  $('queue-total').innerHTML = `<span class="queue-count">${esc(t('queueTotal', { n: formatNumber(q.total) }))}</span>`
    + (overdue.length ? ` <span class="queue-count overdue">${esc(t('queueOverdueTotal', { n: formatNumber(overdue.length) }))}</span>` : '');
  $('queue-kinds').innerHTML = kinds.length ? kinds.map(k =>
    `<li class="queue-kind${k.overdue ? ' has-overdue' : ''}" data-kind="${esc(k.kind)}" data-count="${k.count}" data-overdue="${k.overdue}">`
    + `<span class="kind-name">${esc(kindTitle(k.kind, k.title))}</span>`
    + `<span class="kind-counts"><b class="kind-count">${esc(formatNumber(k.count))}</b>`
    + (k.overdue ? `<span class="kind-overdue overdue">${esc(t('queueOverdue', { n: formatNumber(k.overdue) }))}</span>` : '')
    + '</span></li>').join('')
    : `<li class="queue-none muted">${esc(t('queueNone'))}</li>`;
  $('queue-overdue-box').hidden = overdue.length === 0;
  $('queue-overdue').innerHTML = overdue.slice(0, QUEUE_LIST).map(i =>
    `<li class="queue-item overdue sev-${esc(i.severity)}" data-kind="${esc(i.kind)}" data-record="${esc(i.recordId)}" data-due-on="${esc(i.dueOn)}">`
    + `<span class="item-title">${esc(kindTitle(i.kind, i.title))}</span>`
    + `<span class="item-town">${esc(i.townshipCode ? orgName(i.townshipCode) : t('queueCounty'))}</span>`
    + `<time class="item-due" datetime="${esc(i.dueOn)}">${esc(t('queueDueOn'))} ${esc(i.dueOn)}</time></li>`).join('');
  const more = $('queue-more');
  more.hidden = overdue.length <= QUEUE_LIST;
  more.textContent = overdue.length > QUEUE_LIST ? t('queueMore', { n: formatNumber(overdue.length - QUEUE_LIST) }) : '';
}

function renderAll() {
  applyLabels();
  renderWho();
  if (!state.progress || $('dashboard').hidden) {
    return;
  }
  renderControls();
  renderCrumbs();
  renderProgress();
  renderTownships();
  renderTrends();
  renderQueue();
}

// ---------------------------------------------------------------------------------------------------------
// Interaction

function chooseIndicator(code, scroll) {
  if (!code || code === state.indicator) {
    if (scroll) {
      $('township-panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
    return;
  }
  state.indicator = code;
  writeHash(false);
  document.querySelectorAll('.card').forEach(c => {
    c.classList.toggle('selected', c.dataset.code === code);
    c.setAttribute('aria-pressed', String(c.dataset.code === code));
  });
  $('township-indicator').value = code;
  $('trend-indicator').value = code;
  renderTownships();
  const seq = state.seq;
  loadTrends(seq);
  if (scroll) {
    $('township-panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}

function drillTo(org) {
  if (!org || org === state.orgCode) {
    return;
  }
  state.orgCode = org;
  writeHash(true);
  window.scrollTo({ top: 0, behavior: 'smooth' });
  reload();
}

async function exportFile(kind, button) {
  const p = plan();
  const status = $('export-status');
  const org = state.orgCode;
  const label = button.textContent;
  button.disabled = true;
  status.hidden = false;
  status.className = 'export-status';
  status.textContent = `${label}：${t('downloading')}`;
  try {
    let name;
    if (kind === 'csv' || kind === 'xlsx') {
      name = await download(`/api/v1/plans/${encodeURIComponent(p.id)}/progress.${kind}`, { orgCode: org, year: state.year },
        `progress-${p.id}-${org}-${state.year}.${kind}`);
    } else {
      const from = kind === 'year-report' ? `${state.year}-01-01` : `${p.fromYear}-01-01`;
      const to = clampToToday(kind === 'year-report' ? `${state.year}-12-31` : `${p.toYear}-12-31`);
      name = await download('/api/v1/reports/work-summary', { orgCode: org, from, to, format: 'html' },
        `work-summary-${org}-${from}-${to}.html`, 'text/html');
    }
    status.textContent = `${t('downloaded')}：${name}`;
  } catch (e) {
    if (!handleError(e)) {
      status.className = 'export-status error';
      status.textContent = `${label}：${e instanceof ApiError && e.status === 403 ? t('forbidden') : e.message}`;
    }
  } finally {
    button.disabled = false;
  }
}

function wire() {
  $('sign-in-form').addEventListener('submit', e => {
    e.preventDefault();
    const accepted = acceptToken($('token-input').value);
    if (accepted.error) {
      showSignIn(accepted.error);
      return;
    }
    $('token-input').value = '';
    start(accepted.token, accepted.claims);
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('lang').addEventListener('click', () => {
    setLang(currentLang() === 'en' ? 'zh' : 'en');
    renderAll();
  });
  $('plan-select').addEventListener('change', e => {
    select({ plan: e.target.value, year: state.year, org: state.orgCode, indicator: state.indicator });
    writeHash(true);
    reload();
  });
  $('year-select').addEventListener('change', e => {
    state.year = Number(e.target.value);
    writeHash(true);
    reload();
  });
  $('org-select').addEventListener('change', e => drillTo(e.target.value));
  $('township-indicator').addEventListener('change', e => chooseIndicator(e.target.value, false));
  $('trend-indicator').addEventListener('change', e => chooseIndicator(e.target.value, false));
  $('cards').addEventListener('click', e => {
    const card = e.target.closest('.card');
    if (card) {
      chooseIndicator(card.dataset.code, true);
    }
  });
  $('cards').addEventListener('keydown', e => {
    const card = e.target.closest('.card');
    if (card && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      chooseIndicator(card.dataset.code, true);
    }
  });
  $('township-table').addEventListener('click', e => {
    const row = e.target.closest('tr[data-org]');
    if (row) {
      drillTo(row.dataset.org);
    }
  });
  $('township-table').addEventListener('keydown', e => {
    const row = e.target.closest('tr[data-org]');
    if (row && e.key === 'Enter') {
      drillTo(row.dataset.org);
    }
  });
  $('crumbs').addEventListener('click', e => {
    const a = e.target.closest('a.crumb');
    if (a) {
      e.preventDefault();
      drillTo(a.dataset.org);
    }
  });
  document.querySelectorAll('[data-export]').forEach(b => b.addEventListener('click', () => exportFile(b.dataset.export, b)));
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (state.progress && !$('dashboard').hidden) {
        renderTrends();
      }
    }, 200);
  });
  window.addEventListener('popstate', () => {
    if (!state.plans.length || !state.claims) {
      return;
    }
    select(readHash());
    reload();
  });
  document.addEventListener('visibilitychange', () => {
    renderLive();
    if (!document.hidden && state.progress) {
      // back in view: check at once instead of waiting for the next tick
      stopPolling();
      poll();
    }
  });
}

function boot() {
  setLang(currentLang());
  applyLabels();
  wire();
  // ?token=… signs in and is then removed from the address bar (and so from history and bookmarks)
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl !== null) {
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }
  const raw = fromUrl !== null ? fromUrl : storedToken();
  if (!raw) {
    showSignIn();
    return;
  }
  const accepted = acceptToken(raw);
  if (accepted.error) {
    forgetToken();
    showSignIn(accepted.error);
    return;
  }
  start(accepted.token, accepted.claims);
}

boot();
