import fs from 'node:fs';
import path from 'node:path';

// The API's allowed origins live in a YAML file of the e2e work dir, named by
// --spring.config.additional-location (see api-process.js), so that a test can rewrite it and have the
// running API read it again with POST /actuator/refresh. A command-line property would take precedence
// over the file, so api-process.js passes none for the origins.

/** The file, in the given work dir (global-setup.js) or in the run's (E2E_WORK_DIR, the tests). */
export function corsConfigFile(workDir = process.env.E2E_WORK_DIR) {
  return path.join(workDir, 'cors-override.yml');
}

/**
 * Writes `cors.policies.api.allowed-origins` into the file, as given: the tests write invalid values too.
 * Takes effect at the API's next refresh (or start).
 */
export function writeAllowedOrigins(origins, workDir) {
  const yaml = [
    '# Written by the browser tests (e2e/support/cors-config-file.js); read by the API at startup and on POST /actuator/refresh.',
    'cors:',
    '  policies:',
    '    api:',
    `      allowed-origins: ${JSON.stringify(origins.join(', '))}`,
    '',
  ].join('\n');
  fs.writeFileSync(corsConfigFile(workDir), yaml);
}
