import { expect, test } from '@playwright/test';
import { recordPreflights } from './support/browser-network.js';
import { API_URL, BLOCKED_ORIGIN, accessLogMark, apiLog, requestsSince, storedTexts } from './support/api-direct.js';

test('the same client served from an origin the API does not allow shows a CORS failure and writes nothing', async ({ page }) => {
  const preflights = await recordPreflights(page);
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const logMark = accessLogMark();
  const alert = page.getByRole('alert');

  // Reading is a simple request, so it reaches the server, but the browser withholds the answer.
  await page.goto(BLOCKED_ORIGIN);
  await expect(alert).toHaveAttribute('data-kind', 'cors');
  await expect(alert).toContainText(`CORS or network failure: GET ${API_URL}/api/notes`);

  const text = `from a blocked origin ${Date.now()}`;
  await page.getByLabel('New note').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(alert).toContainText(`CORS or network failure: POST ${API_URL}/api/notes`);

  expect(await storedTexts()).not.toContain(text);
  // The preflight was refused, so the browser never sent the POST itself.
  await expect.poll(preflights).toEqual([
    { path: '/api/notes', origin: BLOCKED_ORIGIN, requestedMethod: 'POST', carriesToken: false, status: 403 },
  ]);
  await expect
    .poll(() => requestsSince(logMark).filter((request) => request.method !== 'GET'))
    .toEqual([{ method: 'OPTIONS', path: '/api/notes', status: 403, origin: BLOCKED_ORIGIN, requestedMethod: 'POST' }]);
  // The page only sees a TypeError; the console and the API's DEBUG log say it was CORS, and why.
  await expect.poll(() => consoleErrors.join('\n')).toContain(`from origin '${BLOCKED_ORIGIN}' has been blocked by CORS policy`);
  await expect.poll(apiLog).toContain(`origin '${BLOCKED_ORIGIN}' is not allowed by policy 'api'`);
});
