// The gateway's API as the dashboard uses it: the Bearer token (kept in sessionStorage: gone when the tab
// closes), JSON reads, and downloads. Every /api path needs the token, so an export cannot be a plain link:
// it is fetched with the header and handed to the browser as a blob.

const TOKEN_KEY = 'justice.dashboard.token';

export class ApiError extends Error {
  constructor(status, problem, path) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.path = path;
  }
}

export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * The token's claims, read without checking the signature (the gateway checks it on every call; the page only
 * uses the claims to choose defaults, e.g. a township officer's own township). Null when it is not a JWT.
 */
export function claimsOf(token) {
  const parts = (token || '').split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), c => c.charCodeAt(0)));
    const claims = JSON.parse(json);
    return typeof claims === 'object' && claims ? claims : null;
  } catch (e) {
    return null;
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') {
      q.set(k, v);
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

async function request(path, params, accept) {
  const token = storedToken();
  const url = path + query(params);
  const response = await fetch(url, {
    headers: { 'Authorization': 'Bearer ' + token, 'Accept': accept },
    cache: 'no-store',
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      // not a problem+json body
    }
    throw new ApiError(response.status, problem, url);
  }
  return response;
}

export async function getJson(path, params) {
  return (await request(path, params, 'application/json')).json();
}

/** Fetches {@code path} with the token and saves it under the server's file name (or {@code fallbackName}). */
export async function download(path, params, fallbackName, accept = '*/*') {
  const response = await request(path, params, accept);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const m = /filename="?([^";]+)"?/i.exec(disposition);
  const name = m ? m[1] : fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has started reading the blob; free it a little later
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
