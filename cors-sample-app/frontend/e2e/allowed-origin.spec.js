import { expect, test } from '@playwright/test';
import { recordPreflights } from './support/browser-network.js';
import { ALLOWED_ORIGIN, API_URL, accessLogMark, apiGet, requestsSince } from './support/api-direct.js';

test('signs in, creates, edits and deletes a note from an allowed origin; each write is preflighted and stored', async ({ page }) => {
  const preflights = await recordPreflights(page);
  const logMark = accessLogMark();
  const status = page.getByRole('status');

  await page.goto(ALLOWED_ORIGIN);
  await expect(status).toContainText(/Loaded \d+ notes/);

  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(status).toContainText('Signed in as demo');

  const text = `e2e note ${Date.now()}`;
  await page.getByLabel('New note').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  // The client shows the Location it read: proof that exposed-headers let the browser reveal it.
  await expect(status).toContainText(new RegExp(`Created note \\d+ at ${API_URL}/api/notes/\\d+`));
  const location = (await status.textContent()).match(/ at (\S+)/)[1];
  const { id } = (await apiGet(location)).body;
  expect(await apiGet(location)).toEqual({ status: 200, body: { id, text } });

  await page.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(`Text of note ${id}`).fill(`${text} (edited)`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status).toContainText(`Saved note ${id}`);
  expect(await apiGet(location)).toEqual({ status: 200, body: { id, text: `${text} (edited)` } });

  await page.getByRole('listitem').filter({ hasText: `${text} (edited)` }).getByRole('button', { name: 'Delete' }).click();
  await expect(status).toContainText(`Deleted note ${id}`);
  expect((await apiGet(location)).status).toBe(404);

  // The browser sent a preflight ahead of every write, without the token, and each was let through...
  const notePath = `/api/notes/${id}`;
  const expectedPreflights = [
    ['/api/auth/token', 'POST'],
    ['/api/notes', 'POST'],
    [notePath, 'PUT'],
    [notePath, 'DELETE'],
  ].map(([path, requestedMethod]) => ({ path, origin: ALLOWED_ORIGIN, requestedMethod, carriesToken: false, status: 204 }));
  await expect.poll(preflights).toEqual(expectedPreflights);
  // ...and the server saw the same: each OPTIONS answered 204 before the write itself arrived.
  await expect
    .poll(() => requestsSince(logMark).filter((request) => request.method !== 'GET'))
    .toEqual(
      expectedPreflights.flatMap(({ path, requestedMethod }) => [
        { method: 'OPTIONS', path, status: 204, origin: ALLOWED_ORIGIN, requestedMethod },
        expect.objectContaining({ method: requestedMethod, path, origin: ALLOWED_ORIGIN }),
      ]),
    );
});
