import { expect, test } from '@playwright/test';
import { ALLOWED_ORIGIN, API_URL, apiCreateNote, apiGet, expiredToken } from './support/api-direct.js';

// The API's 401 carries Access-Control-Allow-Origin, so the page reads the real status and body
// instead of failing like a blocked request.
const cases = [
  { token: 'an expired token', session: () => ({ username: 'demo', token: expiredToken() }), reason: 'Jwt expired at' },
  { token: 'no token', session: () => null, reason: "needs an 'Authorization: Bearer <token>' header" },
];

for (const { token, session, reason } of cases) {
  test(`saving an edit with ${token} shows the API's 401 and its reason, not a CORS error`, async ({ page }) => {
    const note = await apiCreateNote(`guarded ${Date.now()}`);
    const stored = session();
    if (stored) {
      // What a tab that signed in an hour ago still holds in sessionStorage.
      await page.addInitScript((value) => sessionStorage.setItem('notes.session', value), JSON.stringify(stored));
    }

    await page.goto(ALLOWED_ORIGIN);
    await page.getByRole('listitem').filter({ hasText: note.text }).getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(`Text of note ${note.id}`).fill('changed without a valid token');
    await page.getByRole('button', { name: 'Save' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toHaveAttribute('data-kind', 'http');
    await expect(alert).toContainText(`HTTP 401 from PUT ${API_URL}/api/notes/${note.id}: `);
    await expect(alert).toContainText(reason);
    expect(await apiGet(`/api/notes/${note.id}`)).toEqual({ status: 200, body: note });
  });
}
