import { expect, test } from '@playwright/test';
import { recordPreflights } from './support/browser-network.js';
import {
  API_URL,
  BLOCKED_ORIGIN,
  accessLogMark,
  apiCreateNote,
  apiGet,
  ADMIN,
  DEMO_USER,
  apiToken,
  distrustOrigin,
  preflightStatus,
  requestsSince,
  trustOrigin,
} from './support/api-direct.js';

// The blocked origin is trusted only within this test; the other tests expect it blocked. Removing is
// idempotent, so this also cleans up after a test that failed half-way.
test.afterEach(async () => {
  expect((await distrustOrigin(BLOCKED_ORIGIN, await apiToken(ADMIN))).status).toBe(200);
});

test('an origin trusted through the admin API can write from the same page without a restart, and is blocked again once removed', async ({ page }) => {
  const note = await apiCreateNote(`trusted at runtime ${Date.now()}`);
  const notePath = `/api/notes/${note.id}`;
  const token = await apiToken(DEMO_USER);
  const adminToken = await apiToken(ADMIN);
  const preflights = await recordPreflights(page);
  const alert = page.getByRole('alert');
  const status = page.getByRole('status');
  const preflight = (requestedPath, requestedMethod, preflightStatus) => ({
    path: requestedPath,
    origin: BLOCKED_ORIGIN,
    requestedMethod,
    carriesToken: false,
    status: preflightStatus,
  });

  // Not trusted: the page can neither read the notes nor sign in.
  await page.goto(BLOCKED_ORIGIN);
  await expect(alert).toContainText(`CORS or network failure: GET ${API_URL}/api/notes`);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toContainText(`CORS or network failure: POST ${API_URL}/api/auth/token`);
  // With no notes shown there is no Edit button, so the page sends what Save sends, with a valid token: refused too.
  const edit = await page.evaluate(
    async ({ url, bearer }) => {
      try {
        const response = await fetch(url, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
          body: JSON.stringify({ text: 'edited from an untrusted origin' }),
        });
        return `HTTP ${response.status}`;
      } catch (error) {
        return error.name;
      }
    },
    { url: `${API_URL}${notePath}`, bearer: token },
  );
  expect(edit).toBe('TypeError');
  expect(await apiGet(notePath)).toEqual({ status: 200, body: note });
  await expect.poll(preflights).toEqual([preflight('/api/auth/token', 'POST', 403), preflight(notePath, 'PUT', 403)]);

  // A signed-in user who is no administrator cannot trust the origin; the administrator can, and the answer comes
  // once the API's CORS policy allows it.
  expect(await trustOrigin(BLOCKED_ORIGIN, token)).toEqual({ status: 403, body: null });
  expect(await preflightStatus(BLOCKED_ORIGIN)).toBe(403);
  const trusted = await trustOrigin(BLOCKED_ORIGIN, adminToken);
  expect(trusted.status).toBe(201);
  expect(trusted.body).toMatchObject({
    origin: BLOCKED_ORIGIN,
    changed: true,
    inForce: { name: 'trustedOrigins', origins: 1, skipped: [] },
  });

  // The same page, reloaded; the API was not restarted. It reads, signs in and saves an edit.
  const logMark = accessLogMark();
  await page.reload();
  await expect(status).toContainText(/Loaded \d+ notes/);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(status).toContainText('Signed in as demo');
  const edited = `${note.text} (edited once trusted)`;
  await page.getByRole('listitem').filter({ hasText: note.text }).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(`Text of note ${note.id}`).fill(edited);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status).toContainText(`Saved note ${note.id}`);
  expect(await apiGet(notePath)).toEqual({ status: 200, body: { id: note.id, text: edited } });
  await expect
    .poll(preflights)
    .toEqual([
      preflight('/api/auth/token', 'POST', 403),
      preflight(notePath, 'PUT', 403),
      preflight('/api/auth/token', 'POST', 204),
      preflight(notePath, 'PUT', 204),
    ]);
  // The server saw each preflight answered 204, then the write itself.
  await expect
    .poll(() => requestsSince(logMark).filter((request) => request.method !== 'GET' && request.origin === BLOCKED_ORIGIN))
    .toEqual([
      { method: 'OPTIONS', path: '/api/auth/token', status: 204, origin: BLOCKED_ORIGIN, requestedMethod: 'POST' },
      expect.objectContaining({ method: 'POST', path: '/api/auth/token', status: 200 }),
      { method: 'OPTIONS', path: notePath, status: 204, origin: BLOCKED_ORIGIN, requestedMethod: 'PUT' },
      expect.objectContaining({ method: 'PUT', path: notePath, status: 200 }),
    ]);

  // Removed again: the page's next write is refused at its preflight and changes nothing.
  const removed = await distrustOrigin(BLOCKED_ORIGIN, adminToken);
  expect(removed.status).toBe(200);
  expect(removed.body).toMatchObject({ origin: BLOCKED_ORIGIN, changed: true, inForce: { origins: 0 } });
  await page.getByRole('listitem').filter({ hasText: edited }).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(`Text of note ${note.id}`).fill(`${edited}, and after removal`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(alert).toContainText(`CORS or network failure: PUT ${API_URL}${notePath}`);
  expect(await apiGet(notePath)).toEqual({ status: 200, body: { id: note.id, text: edited } });
  await expect
    .poll(preflights)
    .toEqual([
      preflight('/api/auth/token', 'POST', 403),
      preflight(notePath, 'PUT', 403),
      preflight('/api/auth/token', 'POST', 204),
      preflight(notePath, 'PUT', 204),
      preflight(notePath, 'PUT', 403),
    ]);
});
