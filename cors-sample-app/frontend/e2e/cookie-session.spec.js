import { expect, test } from '@playwright/test';
import { SETUPS, startCookieSession } from './support/cookie-session-setup.js';

const REFUSED = 'Cross-origin request rejected: origin not allowed to send this request';

for (const setup of SETUPS) {
  test.describe(`cookie session, ${setup.name}`, () => {
    let env;

    test.beforeAll(async () => {
      test.setTimeout(150_000);
      env = await startCookieSession(setup);
    });

    test.afterAll(async () => {
      await env?.stop();
    });

    async function storedNotes() {
      return (await fetch(`${env.nodeApiUrl}/api/notes`)).json();
    }

    async function signIn(page) {
      const status = page.getByRole('status');
      await page.goto(env.clientOrigin);
      await expect(status).toContainText(/Loaded \d+ notes/);
      await page.getByLabel('Password').fill('demo-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(status).toContainText('Signed in as demo');
      return status;
    }

    test('signs in with a session cookie and edits a note from the allowed origin', async ({ page, context }) => {
      const writes = [];
      page.on('request', (request) => request.method() === 'PUT' && writes.push(request));
      const status = await signIn(page);
      const session = (await context.cookies()).find((cookie) => cookie.name === 'JSESSIONID');
      expect(session).toMatchObject(setup.sessionCookie);

      const [note] = await storedNotes();
      const text = `edited with a cookie ${Date.now()}`;
      await page.getByRole('listitem').filter({ hasText: note.text }).first().getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel(`Text of note ${note.id}`).fill(text);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(status).toContainText(`Saved note ${note.id}`);
      expect((await storedNotes()).find((stored) => stored.id === note.id).text).toBe(text);

      // The write went with the cookie and the CSRF token, and no bearer token.
      const headers = await writes[0].allHeaders();
      expect(headers.cookie).toContain('JSESSIONID=');
      expect(headers['x-xsrf-token']).toBeTruthy();
      expect(headers.authorization).toBeUndefined();
    });

    test('a form POST and a cookie-carrying fetch POST from a disallowed origin are refused and change nothing', async ({ page }) => {
      await signIn(page);
      const before = await storedNotes();
      await page.goto(env.attackerOrigin);

      const forgedFetch = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/notes'));
      const fetchAnswer = page.waitForResponse((response) => response.request().method() === 'POST');
      expect(await page.evaluate(() => window.forgeWithFetch())).toBe('sent');
      expect((await fetchAnswer).status()).toBe(403);
      // The session cookie goes along (Lax covers requests between ports of one site, and a partitioned cookie is
      // handed to every page of the site it was set for), and still nothing changes.
      expect((await (await forgedFetch).allHeaders()).cookie).toContain('JSESSIONID=');

      const formAnswer = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Win a prize' }).click();
      const answer = await formAnswer;
      expect(answer.status()).toBe(403);
      await expect(page.locator('body')).toContainText(REFUSED);

      expect(await storedNotes()).toEqual(before);
      // The starter refused both, before Spring Security: its Actuator view (cors-debug profile) recorded why.
      const report = await (await fetch(`${env.nodeApiUrl}/actuator/cors`)).json();
      expect(report.recentRejections.slice(0, 2)).toEqual([
        expect.objectContaining({ origin: env.attackerOrigin, method: 'POST', reason: 'cross-origin-request' }),
        expect.objectContaining({ origin: env.attackerOrigin, method: 'POST', reason: 'cross-origin-request' }),
      ]);
    });
  });
}
