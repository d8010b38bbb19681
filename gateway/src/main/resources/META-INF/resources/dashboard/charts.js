// Hand-written SVG charts (no library: nothing to download at run time, a few kilobytes in all). Each function
// returns SVG markup that scales to its container's width (viewBox + width 100%).

const NS = 'http://www.w3.org/2000/svg';

function esc(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function num(v) {
  return v === null || v === undefined ? null : Number(v);
}

/** A "nice" upper bound for an axis: 1, 2, 2.5 or 5 × 10^n at or above {@code max}. */
export function niceMax(max) {
  if (!(max > 0)) {
    return 1;
  }
  const exp = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * exp >= max) {
      return m * exp;
    }
  }
  return 10 * exp;
}

function shortNumber(v) {
  if (Math.abs(v) >= 10000) {
    return (v / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) + '万';
  }
  return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}

function domainMax(values, unit) {
  const max = Math.max(0, ...values.filter(v => v !== null));
  if (unit === '%' && max <= 100) {
    return 100;
  }
  return niceMax(max);
}

/**
 * A small trend line for a card: {@code values} in time order (null = no data, drawn as a gap). The last point
 * is marked. Returns '' when there is nothing to draw.
 */
export function sparkline(values, { width = 120, height = 32, label = '' } = {}) {
  const vs = values.map(num);
  const present = vs.filter(v => v !== null);
  if (present.length === 0) {
    return '';
  }
  const max = Math.max(...present);
  const min = Math.min(0, ...present);
  const span = max - min || 1;
  const pad = 3;
  const step = vs.length > 1 ? (width - 2 * pad) / (vs.length - 1) : 0;
  const x = i => (vs.length > 1 ? pad + i * step : width / 2);
  const y = v => height - pad - ((v - min) / span) * (height - 2 * pad);
  const segments = [];
  let current = [];
  vs.forEach((v, i) => {
    if (v === null) {
      if (current.length) {
        segments.push(current);
      }
      current = [];
    } else {
      current.push([x(i), y(v)]);
    }
  });
  if (current.length) {
    segments.push(current);
  }
  const lines = segments.map(seg => {
    const pts = seg.map(p => p.map(n => n.toFixed(1)).join(',')).join(' ');
    const area = seg.length > 1
      ? `<polygon class="spark-area" points="${seg[0][0].toFixed(1)},${height - pad} ${pts} ${seg[seg.length - 1][0].toFixed(1)},${height - pad}"/>`
      : '';
    return `${area}<polyline class="spark-line" points="${pts}"/>`;
  }).join('');
  let lastIndex = vs.length - 1;
  while (lastIndex >= 0 && vs[lastIndex] === null) {
    lastIndex--;
  }
  const dot = `<circle class="spark-dot" cx="${x(lastIndex).toFixed(1)}" cy="${y(vs[lastIndex]).toFixed(1)}" r="2.5"/>`;
  return `<svg xmlns="${NS}" class="sparkline" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${esc(label)}">${lines}${dot}</svg>`;
}

function axis(max, width, height, m, unit) {
  let out = '';
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const y = m.top + (height - m.top - m.bottom) * (1 - i / 4);
    out += `<line class="grid" x1="${m.left}" x2="${width - m.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}"/>`;
    out += `<text class="tick" x="${m.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${esc(shortNumber(v))}${unit === '%' ? '%' : ''}</text>`;
  }
  return out;
}

/**
 * Bars per period with the period's target as a dashed marker: [{label, value, target, title}]. Bars take the
 * colour class {@code barClass(point)} (e.g. the status colour when a target is met or missed).
 */
export function barChart(points, { unit = '', width = 640, height = 260, barClass = () => '', empty = '' } = {}) {
  if (!points.length || points.every(p => num(p.value) === null)) {
    return `<div class="chart-empty">${esc(empty)}</div>`;
  }
  const m = { top: 22, right: 12, bottom: 30, left: 52 };
  const max = domainMax(points.flatMap(p => [num(p.value), num(p.target)]), unit);
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const slot = plotW / points.length;
  const bw = Math.min(56, slot * 0.56);
  const y = v => m.top + plotH * (1 - Math.min(v, max) / max);
  let out = axis(max, width, height, m, unit);
  points.forEach((p, i) => {
    const cx = m.left + slot * (i + 0.5);
    const v = num(p.value);
    const t = num(p.target);
    if (v !== null) {
      const top = y(v);
      const h = Math.max(0, m.top + plotH - top);
      // the figure sits inside a bar tall enough for it, above a short one
      const inside = h >= 22;
      out += `<g class="bar ${esc(barClass(p))}"><title>${esc(p.title || `${p.label}: ${v}`)}</title>`
        + `<rect x="${(cx - bw / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" rx="2"/>`
        + `<text class="value${inside ? ' inside' : ''}" x="${cx.toFixed(1)}" y="${(inside ? top + 16 : top - 6).toFixed(1)}" text-anchor="middle">${esc(shortNumber(v))}</text></g>`;
    }
    if (t !== null) {
      out += `<line class="target" x1="${(cx - bw / 2 - 6).toFixed(1)}" x2="${(cx + bw / 2 + 6).toFixed(1)}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"><title>${esc(p.targetTitle || String(t))}</title></line>`;
    }
    out += `<text class="tick" x="${cx.toFixed(1)}" y="${height - m.bottom + 18}" text-anchor="middle">${esc(p.label)}</text>`;
  });
  return `<svg xmlns="${NS}" class="chart" viewBox="0 0 ${width} ${height}" role="img">${out}</svg>`;
}

/** A line over periods: [{label, value, title}]; {@code target} draws one dashed horizontal line. */
export function lineChart(points, { unit = '', width = 640, height = 260, target = null, targetLabel = '', empty = '' } = {}) {
  if (!points.length || points.every(p => num(p.value) === null)) {
    return `<div class="chart-empty">${esc(empty)}</div>`;
  }
  const m = { top: 22, right: 16, bottom: 30, left: 52 };
  const max = domainMax([...points.map(p => num(p.value)), num(target)], unit);
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const step = points.length > 1 ? plotW / (points.length - 1) : 0;
  const x = i => (points.length > 1 ? m.left + i * step : m.left + plotW / 2);
  const y = v => m.top + plotH * (1 - Math.min(v, max) / max);
  let out = axis(max, width, height, m, unit);
  if (num(target) !== null) {
    const ty = y(num(target)).toFixed(1);
    out += `<line class="target" x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}"/>`
      + `<text class="target-label" x="${width - m.right}" y="${(Number(ty) - 5).toFixed(1)}" text-anchor="end">${esc(targetLabel)}</text>`;
  }
  const pts = points.map((p, i) => [x(i), num(p.value)]).filter(p => p[1] !== null);
  out += `<polyline class="series" points="${pts.map(p => `${p[0].toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ')}"/>`;
  // as many period labels as fit (about 64 px each)
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plotW / 64))));
  points.forEach((p, i) => {
    const v = num(p.value);
    if (v !== null) {
      out += `<g class="point"><title>${esc(p.title || `${p.label}: ${v}`)}</title><circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5"/></g>`;
    }
    // label every n-th period counted from the newest, so the newest always has its label
    if ((points.length - 1 - i) % every === 0) {
      const anchor = points.length > 1 && i === points.length - 1 ? 'end' : points.length > 1 && i === 0 ? 'start' : 'middle';
      out += `<text class="tick" x="${x(i).toFixed(1)}" y="${height - m.bottom + 18}" text-anchor="${anchor}">${esc(p.label)}</text>`;
    }
  });
  return `<svg xmlns="${NS}" class="chart" viewBox="0 0 ${width} ${height}" role="img">${out}</svg>`;
}
