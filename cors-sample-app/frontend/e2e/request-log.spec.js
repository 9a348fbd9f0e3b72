import { expect, test } from '@playwright/test';
import { recordPreflights } from './support/browser-network.js';
import { ALLOWED_ORIGIN, API_URL, BLOCKED_ORIGIN, apiCreateNote } from './support/api-direct.js';

const requestLog = (page) => page.getByRole('region', { name: 'Request log' });
const SIMPLE = 'no preflight: simple request';
const READABLE_200 = 'HTTP 200: the page could read the response (CORS allowed it)';
const BLOCKED = 'blocked: the browser hid the response (CORS or network failure)';
const ASK_THE_SERVER = "Ask the server why (needs the API's cors-debug profile)";

test('from an allowed origin the request log tells the preflighted calls from the simple ones, as the browser did', async ({ page }) => {
  const note = await apiCreateNote(`logged ${Date.now()}`);
  const preflights = await recordPreflights(page);
  const status = page.getByRole('status');
  const entries = requestLog(page).getByRole('listitem');

  await page.goto(ALLOWED_ORIGIN);
  await expect(status).toContainText(/Loaded \d+ notes/);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(status).toContainText('Signed in as demo');
  await page.getByRole('listitem').filter({ hasText: note.text }).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(`Text of note ${note.id}`).fill(`${note.text} (edited)`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status).toContainText(`Saved note ${note.id}`);

  // Newest first: the reload after saving, the save, the sign-in, the first load.
  const notePath = `/api/notes/${note.id}`;
  await expect(entries).toHaveCount(4);
  const [reload, save, signIn, firstLoad] = [0, 1, 2, 3].map((index) => entries.nth(index));
  await expect(reload).toContainText(`GET ${API_URL}/api/notes`);
  await expect(reload).toContainText(SIMPLE);

  await expect(save).toContainText(`PUT ${API_URL}${notePath}`);
  await expect(save).toContainText(
    'preflighted: method PUT is not CORS-safelisted; Content-Type application/json is not CORS-safelisted; ' +
      'header Authorization is not CORS-safelisted',
  );
  await expect(save).toContainText(READABLE_200);

  await expect(signIn).toContainText(`POST ${API_URL}/api/auth/token`);
  await expect(signIn).toContainText('preflighted: Content-Type application/json is not CORS-safelisted');
  await expect(signIn).toContainText(READABLE_200);

  await expect(firstLoad).toContainText(`GET ${API_URL}/api/notes`);
  await expect(firstLoad).toContainText(SIMPLE);
  await expect(firstLoad).toContainText(READABLE_200);
  // Nothing was blocked, so there is nothing to ask the server.
  await expect(requestLog(page).getByRole('link')).toHaveCount(0);

  // The log's rule, worked out from the request alone, agrees with what the browser really sent.
  await expect
    .poll(preflights)
    .toEqual([
      { path: '/api/auth/token', origin: ALLOWED_ORIGIN, requestedMethod: 'POST', carriesToken: false, status: 204 },
      { path: notePath, origin: ALLOWED_ORIGIN, requestedMethod: 'PUT', carriesToken: false, status: 204 },
    ]);

  await requestLog(page).getByRole('button', { name: 'Clear' }).click();
  await expect(entries).toHaveCount(0);
  await expect(requestLog(page)).toContainText('No calls yet.');
});

test('from a blocked origin the request log says the calls were blocked and links each to the server-side dry run', async ({ page }) => {
  const entries = requestLog(page).getByRole('listitem');
  const alert = page.getByRole('alert');

  await page.goto(BLOCKED_ORIGIN);
  await expect(alert).toHaveAttribute('data-kind', 'cors');
  const load = entries.filter({ hasText: `GET ${API_URL}/api/notes` });
  await expect(load).toContainText(SIMPLE);
  await expect(load).toContainText(BLOCKED);
  const loadLink = load.getByRole('link', { name: ASK_THE_SERVER });
  await expect(loadLink).toHaveAttribute(
    'href',
    `${API_URL}/actuator/cors?origin=${encodeURIComponent(BLOCKED_ORIGIN)}&method=GET&path=%2Fapi%2Fnotes`,
  );
  await expect(loadLink).toHaveAttribute('target', '_blank');

  await page.getByLabel('New note').fill(`from a blocked origin ${Date.now()}`);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(alert).toContainText(`CORS or network failure: POST ${API_URL}/api/notes`);
  const add = entries.filter({ hasText: `POST ${API_URL}/api/notes` });
  await expect(add).toContainText('preflighted: Content-Type application/json is not CORS-safelisted');
  await expect(add).toContainText(BLOCKED);
  // The preflight's Access-Control-Request-Headers, which the dry run needs to give the same answer.
  await expect(add.getByRole('link', { name: ASK_THE_SERVER })).toHaveAttribute(
    'href',
    `${API_URL}/actuator/cors?origin=${encodeURIComponent(BLOCKED_ORIGIN)}&method=POST&path=%2Fapi%2Fnotes&requestHeaders=content-type`,
  );
  await expect(entries).toHaveCount(2);

  // Followed as a reader would (a top-level navigation, which CORS does not restrict), the link gets the server's
  // own explanation: the one its DEBUG log gives, with the exact answer the browser got.
  const dryRunPage = await page.context().newPage();
  await dryRunPage.goto(await add.getByRole('link', { name: ASK_THE_SERVER }).getAttribute('href'));
  const dryRun = JSON.parse(await dryRunPage.locator('body').innerText());
  expect(dryRun.policy).toBe('api');
  expect(dryRun.browserSendsPreflight).toBe(true);
  expect(dryRun.preflight).toMatchObject({ outcome: 'rejected', reason: 'origin', status: 403 });
  expect(dryRun.preflight.explanation).toContain(`origin '${BLOCKED_ORIGIN}' is not allowed by policy 'api'`);
  expect(dryRun.preflight.headers['Access-Control-Allow-Origin']).toBeUndefined();
  await dryRunPage.close();
});
