import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { startApi } from './api-process.js';
import { writeAllowedOrigins, corsConfigFile } from './cors-config-file.js';
import { freePort } from './free-port.js';

const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The setups of a cookie session the browser tests cover, each with the profile that configures the API for it and
 * the session cookie the browser must then hold.
 * - same-site: ports of one host are one site, so `localhost` pages call the API same-site and a Lax session cookie
 *   goes along. The attacker's page is on another port of that host.
 * - cross-site: each `*.localhost` name is a site of its own (Chromium resolves them all to loopback), so the client on
 *   app.localhost calls api.localhost cross-site. Chromium blocks third-party cookies in Playwright's (incognito)
 *   contexts, so the cookies must be `SameSite=None; Secure; Partitioned`: kept for the client's site alone. The
 *   attacker's page is on another port of app.localhost: the same site as the client, so the browser hands it the
 *   same partitioned cookie, the strongest attacker a partitioned cookie allows.
 */
export const SETUPS = [
  {
    name: 'same-site',
    apiHost: 'localhost',
    clientHost: 'localhost',
    attackerHost: 'localhost',
    profile: 'cookie-session',
    sessionCookie: { httpOnly: true, sameSite: 'Lax', secure: false },
  },
  {
    name: 'cross-site',
    apiHost: 'api.localhost',
    clientHost: 'app.localhost',
    attackerHost: 'app.localhost',
    profile: 'cookie-session-cross-site',
    sessionCookie: { httpOnly: true, sameSite: 'None', secure: true, partitionKey: 'http://app.localhost' },
  },
];

/**
 * Starts the API with the setup's profile, the client built for it (VITE_SIGN_IN=cookie) on the allowed
 * origin, and an attacker's page on an origin the API does not allow; resolves to their URLs and `stop()`.
 */
export async function startCookieSession(setup) {
  const workDir = path.join(process.env.E2E_WORK_DIR, `cookie-${setup.name}`);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir);
  const [apiPort, clientPort, attackerPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const apiUrl = `http://${setup.apiHost}:${apiPort}`;
  const clientOrigin = `http://${setup.clientHost}:${clientPort}`;
  const attackerOrigin = `http://${setup.attackerHost}:${attackerPort}`;
  const stops = [];
  const stop = async () => {
    for (const each of stops.reverse()) await each();
  };
  try {
    writeAllowedOrigins([clientOrigin], workDir);
    const api = await startApi({
      port: apiPort,
      corsConfigFile: corsConfigFile(workDir),
      jwtSecret: process.env.E2E_JWT_SECRET,
      workDir,
      profiles: ['cors-debug', setup.profile],
    });
    stops.push(api.stop);
    const outDir = path.join(workDir, 'client');
    await buildClient({ VITE_API_URL: apiUrl, VITE_SIGN_IN: 'cookie' }, outDir);
    const client = await preview({
      root: frontendDir,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: 'localhost', port: clientPort, strictPort: true, open: false },
    });
    stops.push(() => client.close());
    const attacker = await serveAttackerPage(attackerPort, apiUrl);
    stops.push(() => new Promise((resolve) => attacker.close(resolve)));
  } catch (error) {
    await stop();
    throw error;
  }
  // The API as Node reaches it: Node does not resolve *.localhost names.
  return { apiUrl, nodeApiUrl: `http://localhost:${apiPort}`, clientOrigin, attackerOrigin, stop };
}

/** Builds the client with these VITE_* variables, leaving the process's environment as it was. */
async function buildClient(variables, outDir) {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  try {
    await build({ root: frontendDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * What a hostile page does to a signed-in user of the API: a form that posts a note as JSON in a text/plain body
 * (no preflight, and a top-level navigation that carries Lax cookies on the same site), and a script that posts one
 * with fetch(), credentials included (no preflight either: text/plain, no custom header).
 */
function serveAttackerPage(port, apiUrl) {
  const notes = `${apiUrl}/api/notes`;
  const page = `<!doctype html>
<title>Not the notes client</title>
<form id="forged" method="POST" action="${notes}" enctype="text/plain">
  <input name='{"text":"forged by a form","padding":"' value='"}'>
  <button type="submit">Win a prize</button>
</form>
<script>
  window.forgeWithFetch = () =>
    fetch(${JSON.stringify(notes)}, {
      method: 'POST',
      mode: 'no-cors',
      credentials: 'include',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ text: 'forged by fetch' }),
    }).then(() => 'sent', (error) => String(error));
</script>`;
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });
}
