// The notes API, called directly on its own origin: every request here is cross-origin for the browser.
// Build with VITE_API_URL=http://host:port to point the client at another API (the browser tests do).
export const API_URL = (import.meta.env.VITE_API_URL ?? 'http://localhost:8080').replace(/\/+$/, '');

// How the client signs in, chosen at build time to match the API's profile: 'token' (the default, a bearer token in
// Authorization) or 'cookie' (VITE_SIGN_IN=cookie, for the API's cookie-session profile: a session cookie, sent by
// fetch() only with credentials: 'include', and Spring Security's CSRF token echoed in X-XSRF-TOKEN on every write).
export const SIGN_IN = import.meta.env.VITE_SIGN_IN === 'cookie' ? 'cookie' : 'token';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
// Read from GET /api/auth/csrf, which exposes it: a page on another site cannot read the API's XSRF-TOKEN cookie.
let csrfToken = null;

/** fetch() rejected: the browser blocked the call (CORS) or never reached the server. */
export class BlockedOrUnreachableError extends Error {
  constructor(method, url, cause) {
    super(`${method} ${url} failed before any response reached the page: ${cause.message}`, { cause });
    this.name = 'BlockedOrUnreachableError';
    this.method = method;
    this.url = url;
  }
}

/** The server answered, with an error status; `detail` comes from its problem+json body. */
export class HttpStatusError extends Error {
  constructor(method, url, status, detail) {
    super(`${method} ${url} answered ${status}: ${detail}`);
    this.name = 'HttpStatusError';
    this.method = method;
    this.url = url;
    this.status = status;
    this.detail = detail;
  }
}

const callListeners = new Set();
let callCount = 0;

/**
 * Calls `listener` once for every API call, when fetch() settles: with `{ id, method, url, headers }` (the
 * request as given to fetch) and either `status` (a response reached the page) or `error` (fetch rejected).
 * Returns the function that unsubscribes it.
 */
export function onApiCall(listener) {
  callListeners.add(listener);
  return () => {
    callListeners.delete(listener);
  };
}

function report(call) {
  for (const listener of callListeners) {
    try {
      listener(call);
    } catch (error) {
      // An observer must never change how the call itself turns out.
      console.error('an API call listener failed', error);
    }
  }
}

async function call(method, path, { json, token } = {}) {
  const url = `${API_URL}${path}`;
  const headers = {};
  // Content-Type: application/json, Authorization and X-XSRF-TOKEN are not CORS-safelisted, so each of these
  // calls makes the browser send a preflight OPTIONS first.
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (SIGN_IN === 'cookie' && !SAFE_METHODS.includes(method)) headers[CSRF_HEADER] = csrfToken ?? (await fetchCsrfToken());
  const request = { id: ++callCount, method, url, headers: { ...headers } };
  const credentials = SIGN_IN === 'cookie' ? 'include' : 'same-origin';
  let response;
  try {
    response = await fetch(url, { method, headers, credentials, body: json === undefined ? undefined : JSON.stringify(json) });
  } catch (error) {
    report({ ...request, error });
    // The Fetch Standard rejects with a TypeError both when CORS blocks a response and when the network
    // fails, and hides which on purpose; the browser's console tells the developer.
    if (error instanceof TypeError) throw new BlockedOrUnreachableError(method, url, error);
    throw error;
  }
  report({ ...request, status: response.status });
  if (!response.ok) throw new HttpStatusError(method, url, response.status, await problemDetail(response));
  return response;
}

async function problemDetail(response) {
  const text = await response.text();
  try {
    const problem = JSON.parse(text);
    return problem.detail ?? problem.title ?? text;
  } catch {
    return text || response.statusText;
  }
}

export async function requestToken(username, password) {
  const response = await call('POST', '/api/auth/token', { json: { username, password } });
  return (await response.json()).access_token;
}

async function fetchCsrfToken() {
  csrfToken = (await call('GET', '/api/auth/csrf')).headers.get(CSRF_HEADER);
  return csrfToken;
}

/** Signs in the way the client was built for; resolves to what the session keeps (the token, if any). */
export async function signIn(username, password) {
  if (SIGN_IN === 'token') return { token: await requestToken(username, password) };
  await call('POST', '/api/auth/session', { json: { username, password } });
  return {};
}

/** Ends a cookie session on the server (a token is simply forgotten by the caller). */
export async function signOut() {
  if (SIGN_IN === 'cookie') await call('POST', '/api/auth/logout');
  csrfToken = null;
}

export async function listNotes() {
  return (await call('GET', '/api/notes')).json();
}

/** Resolves to the note and its Location, which the browser only reveals because the API exposes it. */
export async function createNote(text) {
  const response = await call('POST', '/api/notes', { json: { text } });
  return { note: await response.json(), location: response.headers.get('Location') };
}

export async function updateNote(id, text, token) {
  return (await call('PUT', `/api/notes/${id}`, { json: { text }, token })).json();
}

export async function deleteNote(id, token) {
  await call('DELETE', `/api/notes/${id}`, { token });
}
