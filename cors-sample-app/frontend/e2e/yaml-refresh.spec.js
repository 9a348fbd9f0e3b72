import { expect, test } from '@playwright/test';
import { recordPreflights } from './support/browser-network.js';
import {
  ALLOWED_ORIGIN,
  API_URL,
  THIRD_ORIGIN,
  apiCreateNote,
  apiGet,
  apiLog,
  ADMIN,
  apiToken,
  preflightStatus,
  refreshConfiguration,
} from './support/api-direct.js';
import { corsConfigFile, writeAllowedOrigins } from './support/cors-config-file.js';

// The API's allowed origins come from the YAML file that global-setup.js wrote, which this test rewrites.
// Put back afterwards (also after a failure): the other tests expect ALLOWED_ORIGIN, and only it, allowed.
test.afterEach(async () => {
  writeAllowedOrigins([ALLOWED_ORIGIN]);
  await refreshConfiguration(await apiToken(ADMIN));
  expect(await preflightStatus(ALLOWED_ORIGIN)).toBe(204);
  expect(await preflightStatus(THIRD_ORIGIN)).toBe(403);
});

test('origins moved in the YAML file are in force after POST /actuator/refresh; an invalid change is rejected and the policy in force keeps working', async ({
  page,
  context,
}) => {
  const note = await apiCreateNote(`refreshed ${Date.now()}`);
  const notePath = `/api/notes/${note.id}`;
  const token = await apiToken(ADMIN);
  const third = await context.newPage();
  const preflights = await recordPreflights(third);
  const status = third.getByRole('status');

  const allowedPreflight = (path, requestedMethod) => ({ path, origin: THIRD_ORIGIN, requestedMethod, carriesToken: false, status: 204 });
  let shownText = note.text;
  // Saves an edit through the page on the third origin, and waits until the list shows it (status says "Saved note" each time).
  async function editFromTheThirdOrigin(text) {
    await third.getByRole('listitem').filter({ hasText: shownText }).getByRole('button', { name: 'Edit' }).click();
    await third.getByLabel(`Text of note ${note.id}`).fill(text);
    await third.getByRole('button', { name: 'Save' }).click();
    await expect(third.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(status).toContainText(`Saved note ${note.id}`);
    shownText = text;
    expect(await apiGet(notePath)).toEqual({ status: 200, body: { id: note.id, text } });
  }

  // Before: the file allows only ALLOWED_ORIGIN.
  await third.goto(THIRD_ORIGIN);
  await expect(third.getByRole('alert')).toContainText(`CORS or network failure: GET ${API_URL}/api/notes`);

  // Move the policy to the third origin in the file, and have the running API read it again.
  writeAllowedOrigins([THIRD_ORIGIN]);
  expect(await refreshConfiguration(token)).toEqual(['cors.policies.api.allowed-origins']);

  // The page on the third origin, reloaded, now reads, signs in and saves...
  await third.reload();
  await expect(status).toContainText(/Loaded \d+ notes/);
  await third.getByLabel('Password').fill('demo-password');
  await third.getByRole('button', { name: 'Sign in' }).click();
  await expect(status).toContainText('Signed in as demo');
  await editFromTheThirdOrigin(`${note.text} (from the third origin)`);
  await expect.poll(preflights).toEqual([allowedPreflight('/api/auth/token', 'POST'), allowedPreflight(notePath, 'PUT')]);
  // ...and the one on the origin the file no longer lists is blocked.
  await page.goto(ALLOWED_ORIGIN);
  await expect(page.getByRole('alert')).toContainText(`CORS or network failure: GET ${API_URL}/api/notes`);

  // An invalid value: Spring Cloud's refresh takes it into the environment, the starter refuses to compile it.
  const logLength = apiLog().length;
  writeAllowedOrigins(['https://App.example.com/']);
  expect(await refreshConfiguration(token)).toEqual(['cors.policies.api.allowed-origins']);

  // The policy in force stays as it was: the third origin still writes, the other is still refused.
  await editFromTheThirdOrigin(`${note.text} (after the rejected change)`);
  await expect
    .poll(preflights)
    .toEqual([allowedPreflight('/api/auth/token', 'POST'), allowedPreflight(notePath, 'PUT'), allowedPreflight(notePath, 'PUT')]);
  expect(await preflightStatus(ALLOWED_ORIGIN)).toBe(403);
  expect(await preflightStatus('https://app.example.com')).toBe(403);
  // The API's log has the report a failed startup would print, naming the file and line, and the fix.
  const logSinceTheChange = () => apiLog().slice(logLength);
  await expect.poll(logSinceTheChange).toContain('CORS reload rejected; the current configuration stays in force.');
  const log = logSinceTheChange();
  expect(log).toContain('Property: cors.policies.api.allowed-origins[0]');
  expect(log).toContain('Value: "https://App.example.com/"');
  expect(log).toContain(`Origin: URL [file:${corsConfigFile()}]`);
  expect(log).toContain("cors.policies.api.allowed-origins[0]: write 'https://app.example.com'");
});
