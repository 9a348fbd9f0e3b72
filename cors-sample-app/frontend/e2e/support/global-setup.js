import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { freePort } from './free-port.js';
import { startApi } from './api-process.js';
import { corsConfigFile, writeAllowedOrigins } from './cors-config-file.js';

const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts the built API and serves the built client from three origins: one allowed by the API's CORS
 * policy, and two that are not (the dynamic-origin and yaml-refresh tests allow them for a while, and
 * restore the policy). Tells the tests where everything is through E2E_* environment variables, and
 * returns the teardown that stops it all.
 */
export default async function globalSetup() {
  // Kept after the run (and ignored by git), so that a failed run leaves the API's logs to read.
  const workDir = path.join(frontendDir, '.e2e-run');
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir);
  const [apiPort, allowedPort, blockedPort, thirdPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const env = {
    E2E_API_URL: `http://localhost:${apiPort}`,
    E2E_ALLOWED_ORIGIN: `http://localhost:${allowedPort}`,
    E2E_BLOCKED_ORIGIN: `http://localhost:${blockedPort}`,
    E2E_THIRD_ORIGIN: `http://localhost:${thirdPort}`,
    E2E_JWT_SECRET: `e2e-only-hmac-key-${process.pid}-${Date.now()}-0123456789`,
    E2E_WORK_DIR: workDir,
  };
  console.log(`e2e: the API's log and access log are written to ${workDir}`);

  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    writeAllowedOrigins([env.E2E_ALLOWED_ORIGIN], workDir);
    const api = await startApi({ port: apiPort, corsConfigFile: corsConfigFile(workDir), jwtSecret: env.E2E_JWT_SECRET, workDir });
    stops.push(api.stop);

    const outDir = path.join(workDir, 'client');
    process.env.VITE_API_URL = env.E2E_API_URL;
    await build({ root: frontendDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    for (const port of [allowedPort, blockedPort, thirdPort]) {
      const server = await preview({
        root: frontendDir,
        logLevel: 'warn',
        build: { outDir },
        preview: { host: 'localhost', port, strictPort: true, open: false },
      });
      stops.push(() => server.close());
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  Object.assign(process.env, env);
  return stopAll;
}
