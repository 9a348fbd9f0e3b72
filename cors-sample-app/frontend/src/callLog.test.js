import { describe, expect, test } from 'vitest';
import { MAX_LOG_ENTRIES, describeCall, dryRunUrl, withEntry } from './callLog.js';

const where = { apiUrl: 'http://localhost:8080', pageOrigin: 'http://localhost:5173' };

describe('describeCall', () => {
  test('a simple GET that the page could read', () => {
    expect(describeCall({ id: 1, method: 'GET', url: 'http://localhost:8080/api/notes', headers: {}, status: 200 }, where)).toEqual({
      id: 1,
      method: 'GET',
      url: 'http://localhost:8080/api/notes',
      preflight: false,
      preflightText: 'no preflight: simple request',
      outcome: 'readable',
      outcomeText: 'HTTP 200: the page could read the response (CORS allowed it)',
    });
  });

  test('an error status is readable too', () => {
    const entry = describeCall({ id: 2, method: 'PUT', url: 'http://localhost:8080/api/notes/1', headers: { 'Content-Type': 'application/json' }, status: 401 }, where);
    expect(entry).toMatchObject({
      preflight: true,
      preflightText: 'preflighted: method PUT is not CORS-safelisted; Content-Type application/json is not CORS-safelisted',
      outcome: 'readable',
      outcomeText: 'HTTP 401: the page could read the response (CORS allowed it)',
    });
    expect(entry.dryRunUrl).toBeUndefined();
  });

  test('a blocked call links to the dry run, with the headers the preflight asks for', () => {
    const error = new TypeError('Failed to fetch');
    const call = { id: 3, method: 'DELETE', url: 'http://localhost:8080/api/notes/7', headers: { Authorization: 'Bearer t' }, error };
    expect(describeCall(call, where)).toMatchObject({
      outcome: 'blocked',
      outcomeText: 'blocked: the browser hid the response (CORS or network failure)',
      dryRunUrl: 'http://localhost:8080/actuator/cors?origin=http%3A%2F%2Flocalhost%3A5173&method=DELETE&path=%2Fapi%2Fnotes%2F7&requestHeaders=authorization',
    });
  });

  test('any other rejection is a failure without a link', () => {
    const error = new DOMException('The user aborted a request.', 'AbortError');
    const entry = describeCall({ id: 4, method: 'GET', url: 'http://localhost:8080/api/notes', headers: {}, error }, where);
    expect(entry).toMatchObject({ outcome: 'failed', outcomeText: 'failed: The user aborted a request.' });
    expect(entry.dryRunUrl).toBeUndefined();
  });
});

describe('dryRunUrl', () => {
  test('leaves requestHeaders out when there are none', () => {
    expect(dryRunUrl('http://api:8080', { origin: 'http://localhost:3000', method: 'GET', path: '/api/notes' })).toBe(
      'http://api:8080/actuator/cors?origin=http%3A%2F%2Flocalhost%3A3000&method=GET&path=%2Fapi%2Fnotes',
    );
  });

  test('joins several header names with commas, encoded', () => {
    expect(dryRunUrl('http://api:8080', { origin: 'https://a.example', method: 'PUT', path: '/api/notes/1', requestHeaders: ['authorization', 'content-type'] })).toBe(
      'http://api:8080/actuator/cors?origin=https%3A%2F%2Fa.example&method=PUT&path=%2Fapi%2Fnotes%2F1&requestHeaders=authorization%2Ccontent-type',
    );
  });
});

test('withEntry puts the newest first and keeps the last MAX_LOG_ENTRIES', () => {
  let log = [];
  for (let id = 1; id <= MAX_LOG_ENTRIES + 5; id++) log = withEntry(log, { id });
  expect(log).toHaveLength(MAX_LOG_ENTRIES);
  expect(log[0].id).toBe(MAX_LOG_ENTRIES + 5);
  expect(log.at(-1).id).toBe(6);
});

test('withEntry orders by when the call was made, not when it settled', () => {
  const log = [{ id: 1 }, { id: 3 }, { id: 2 }].reduce(withEntry, []);
  expect(log.map((entry) => entry.id)).toEqual([3, 2, 1]);
});
