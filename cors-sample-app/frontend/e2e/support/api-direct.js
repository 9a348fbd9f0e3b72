import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// What the tests check behind the browser's back: the database through the API (from Node, where no
// CORS applies), the API's access log and its application log. Set up by global-setup.js.
export const API_URL = process.env.E2E_API_URL;
export const ALLOWED_ORIGIN = process.env.E2E_ALLOWED_ORIGIN;
export const BLOCKED_ORIGIN = process.env.E2E_BLOCKED_ORIGIN;
export const THIRD_ORIGIN = process.env.E2E_THIRD_ORIGIN;

/** GETs a path or URL of the API; resolves to the status and the parsed JSON body. */
export async function apiGet(pathOrUrl) {
  const response = await fetch(new URL(pathOrUrl, API_URL));
  return { status: response.status, body: await response.json() };
}

export async function apiCreateNote(text) {
  const response = await fetch(new URL('/api/notes', API_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (response.status !== 201) throw new Error(`creating a note answered ${response.status}`);
  return response.json();
}

// The two users of application.yml: the administrator may change the trusted origins and refresh the configuration.
export const ADMIN = { username: 'admin', password: 'admin-password' };
export const DEMO_USER = { username: 'demo', password: 'demo-password' };

/** What an administrator does from a terminal: a token for one of the users, from Node, where no CORS applies. */
export async function apiToken({ username, password }) {
  const response = await fetch(new URL('/api/auth/token', API_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`the token endpoint answered ${response.status}`);
  return (await response.json()).access_token;
}

/** POST /api/admin/trusted-origins: resolves once the origin is in force, to the status and the answer. */
export async function trustOrigin(origin, token) {
  const response = await fetch(new URL('/api/admin/trusted-origins', API_URL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ origin }),
  });
  // A refusal for want of the admin role (403) has no body.
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** DELETE /api/admin/trusted-origins?origin=...: idempotent, resolves once the removal is in force. */
export async function distrustOrigin(origin, token) {
  const url = new URL('/api/admin/trusted-origins', API_URL);
  url.searchParams.set('origin', origin);
  const response = await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

/** POST /actuator/refresh (Spring Cloud): the API reads its configuration files again; resolves to the changed keys. */
export async function refreshConfiguration(token) {
  const response = await fetch(new URL('/actuator/refresh', API_URL), { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`POST /actuator/refresh answered ${response.status}`);
  return response.json();
}

/**
 * The status of the preflight a browser on `origin` would send before editing a note; from Node, which lets
 * a test set Origin, to check the API's policy without a page.
 */
export async function preflightStatus(origin) {
  const response = await fetch(new URL('/api/notes/1', API_URL), {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,content-type' },
  });
  return response.status;
}

export async function storedTexts() {
  return (await apiGet('/api/notes')).body.map((note) => note.text);
}

/** The application log, DEBUG lines of the starter included (the cors-debug profile is active). */
export function apiLog() {
  return fs.readFileSync(path.join(process.env.E2E_WORK_DIR, 'api.log'), 'utf8');
}

/**
 * The requests the server received, parsed from the pattern set in api-process.js.
 * `accessLogMark()` before an action and `requestsSince(mark)` after it give that action's requests.
 */
export function accessLogMark() {
  return readAccessLog().length;
}

export function requestsSince(mark) {
  return readAccessLog()
    .slice(mark)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [method, urlPath, status, origin, requestedMethod] = line.split(' ');
      return { method, path: urlPath, status: Number(status), origin, requestedMethod };
    });
}

function readAccessLog() {
  const file = path.join(process.env.E2E_WORK_DIR, 'access.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** A token signed with the API's key (HS256) that expired an hour ago, as a client might still hold. */
export function expiredToken() {
  const now = Math.floor(Date.now() / 1000);
  const encode = (json) => Buffer.from(JSON.stringify(json)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iss: 'notes-sample', sub: 'demo', iat: now - 7200, exp: now - 3600 })}`;
  const signature = crypto.createHmac('sha256', process.env.E2E_JWT_SECRET).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}
