import { classifyPreflight, describePreflight, normalizeMethod } from './preflight.js';

/** How many calls the request log keeps; older ones fall off the end. */
export const MAX_LOG_ENTRIES = 20;

/**
 * The log with `entry` added, newest call first, at most MAX_LOG_ENTRIES long. Entries are added when their
 * call settles, which is not always the order the calls were made in, so they are kept in the order of their ids.
 */
export function withEntry(log, entry) {
  return [entry, ...log].sort((a, b) => b.id - a.id).slice(0, MAX_LOG_ENTRIES);
}

/**
 * What the request log shows for one finished API call, as reported by api.js: `{ id, method, url, headers }`
 * plus either `status` (a response reached the page) or `error` (fetch() rejected).
 * `apiUrl` and `pageOrigin` build the link to the server's CORS dry run for a blocked call.
 */
export function describeCall({ id, method, url, headers, status, error }, { apiUrl, pageOrigin }) {
  const classification = classifyPreflight({ method, headers });
  const entry = {
    id,
    method: normalizeMethod(method),
    url,
    preflight: classification.preflight,
    preflightText: describePreflight(classification),
  };
  if (error === undefined) {
    // Any status counts: a 401 that carries Access-Control-Allow-Origin is as readable as a 200.
    return { ...entry, outcome: 'readable', outcomeText: `HTTP ${status}: the page could read the response (CORS allowed it)` };
  }
  if (error instanceof TypeError) {
    return {
      ...entry,
      outcome: 'blocked',
      outcomeText: 'blocked: the browser hid the response (CORS or network failure)',
      dryRunUrl: dryRunUrl(apiUrl, {
        origin: pageOrigin,
        method: entry.method,
        path: new URL(url).pathname,
        requestHeaders: classification.unsafeHeaderNames,
      }),
    };
  }
  return { ...entry, outcome: 'failed', outcomeText: `failed: ${error.message}` };
}

/**
 * The API's CORS dry run (the Actuator endpoint of the cors-debug profile) for a request like this one. Opened
 * as a page of its own, a top-level navigation that CORS does not apply to, it shows what fetch() could not.
 */
export function dryRunUrl(apiUrl, { origin, method, path, requestHeaders = [] }) {
  const query = [
    ['origin', origin],
    ['method', method],
    ['path', path],
    ...(requestHeaders.length > 0 ? [['requestHeaders', requestHeaders.join(',')]] : []),
  ];
  return `${apiUrl}/actuator/cors?${query.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}
