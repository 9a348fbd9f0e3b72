import { describe, expect, test } from 'vitest';
import { classifyPreflight, describePreflight } from './preflight.js';

const simple = { preflight: false, reasons: [], unsafeHeaderNames: [] };

describe('classifyPreflight', () => {
  test.each([
    ['GET without headers', { method: 'GET' }, simple],
    ['no method at all: fetch() defaults to GET', {}, simple],
    ['HEAD', { method: 'HEAD', headers: {} }, simple],
    ['POST with Content-Type text/plain;charset=utf-8', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=utf-8' } }, simple],
    ['POST with Content-Type multipart/form-data; boundary=x', { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }, simple],
    ['POST with Content-Type application/x-www-form-urlencoded', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, simple],
    ['a Content-Type whose essence is compared case-insensitively', { method: 'POST', headers: { 'Content-Type': ' Text/PLAIN ; charset=UTF-8' } }, simple],
    ['lower-case get is normalized to GET', { method: 'get' }, simple],
    ['Accept, Accept-Language, Content-Language', { headers: { Accept: 'application/json, */*;q=0.8', 'Accept-Language': 'en-GB, fr;q=0.5', 'Content-Language': 'de-DE' } }, simple],
    ['Range bytes=0-499 and bytes=100-', { headers: [['Range', 'bytes=0-499'], ['range', 'bytes=100-']] }, simple],
    ['forbidden request-headers, which fetch() drops', { headers: { Cookie: 'a=b', 'Sec-Fetch-Mode': 'cors', 'Proxy-Authorization': 'x', 'X-HTTP-Method-Override': 'TRACE' } }, simple],
    [
      'POST with Content-Type application/json',
      { method: 'POST', headers: { 'Content-Type': 'application/json' } },
      { preflight: true, reasons: ['Content-Type application/json is not CORS-safelisted'], unsafeHeaderNames: ['content-type'] },
    ],
    [
      'application/json with parameters: the reason names the essence',
      { method: 'POST', headers: { 'Content-Type': 'Application/JSON; charset=utf-8' } },
      { preflight: true, reasons: ['Content-Type application/json is not CORS-safelisted'], unsafeHeaderNames: ['content-type'] },
    ],
    ['PUT', { method: 'PUT' }, { preflight: true, reasons: ['method PUT is not CORS-safelisted'], unsafeHeaderNames: [] }],
    ['lower-case put is normalized to PUT', { method: 'put' }, { preflight: true, reasons: ['method PUT is not CORS-safelisted'], unsafeHeaderNames: [] }],
    ['patch stays patch: only six methods are normalized', { method: 'patch' }, { preflight: true, reasons: ['method patch is not CORS-safelisted'], unsafeHeaderNames: [] }],
    [
      'DELETE with Authorization',
      { method: 'DELETE', headers: { Authorization: 'Bearer abc' } },
      {
        preflight: true,
        reasons: ['method DELETE is not CORS-safelisted', 'header Authorization is not CORS-safelisted'],
        unsafeHeaderNames: ['authorization'],
      },
    ],
    [
      'PUT with Content-Type application/json and Authorization, as the notes client sends it',
      { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer abc' } },
      {
        preflight: true,
        reasons: [
          'method PUT is not CORS-safelisted',
          'Content-Type application/json is not CORS-safelisted',
          'header Authorization is not CORS-safelisted',
        ],
        unsafeHeaderNames: ['authorization', 'content-type'],
      },
    ],
    [
      'a custom header',
      { method: 'GET', headers: { 'X-Request-Id': '42' } },
      { preflight: true, reasons: ['header X-Request-Id is not CORS-safelisted'], unsafeHeaderNames: ['x-request-id'] },
    ],
    [
      'lower-case header names: safelisted ones stay safelisted, others are named as written',
      { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Bearer abc' } },
      { preflight: true, reasons: ['header authorization is not CORS-safelisted'], unsafeHeaderNames: ['authorization'] },
    ],
    [
      'upper-case header names',
      { method: 'POST', headers: { 'CONTENT-TYPE': 'APPLICATION/JSON', ACCEPT: 'text/html', 'X-CUSTOM': '1' } },
      {
        preflight: true,
        reasons: ['CONTENT-TYPE application/json is not CORS-safelisted', 'header X-CUSTOM is not CORS-safelisted'],
        unsafeHeaderNames: ['content-type', 'x-custom'],
      },
    ],
    [
      'the same custom header twice, in two spellings: one name in Access-Control-Request-Headers',
      { headers: [['X-Trace', 'a'], ['x-trace', 'b']] },
      {
        preflight: true,
        reasons: ['header X-Trace is not CORS-safelisted', 'header x-trace is not CORS-safelisted'],
        unsafeHeaderNames: ['x-trace'],
      },
    ],
    [
      'a Headers object, which lower-cases names and sorts them',
      { method: 'POST', headers: new Headers({ 'Content-Type': 'application/json', 'X-B': '1', 'X-A': '2' }) },
      {
        preflight: true,
        reasons: ['content-type application/json is not CORS-safelisted', 'header x-a is not CORS-safelisted', 'header x-b is not CORS-safelisted'],
        unsafeHeaderNames: ['content-type', 'x-a', 'x-b'],
      },
    ],
  ])('%s', (_, request, expected) => {
    expect(classifyPreflight(request)).toEqual(expected);
  });

  test.each([
    ['an Accept value with a CORS-unsafe byte', { Accept: 'text/html; x="y"' }, 'header Accept is not CORS-safelisted: its value contains """', 'accept'],
    ['a Content-Type with a quoted boundary (" is a CORS-unsafe byte)', { 'Content-Type': 'multipart/form-data; boundary="x"' }, 'Content-Type multipart/form-data; boundary="x" is not CORS-safelisted: it contains """', 'content-type'],
    ['a Content-Type that is no MIME type', { 'Content-Type': 'text' }, 'Content-Type text is not CORS-safelisted: it is not a valid MIME type', 'content-type'],
    ['a Content-Type with an empty subtype', { 'Content-Type': 'text/;charset=utf-8' }, 'Content-Type text/;charset=utf-8 is not CORS-safelisted: it is not a valid MIME type', 'content-type'],
    ['an Accept-Language with a character outside its safelist', { 'Accept-Language': 'en_GB' }, 'header Accept-Language is not CORS-safelisted: its value contains "_"', 'accept-language'],
    ['a Content-Language with a control byte', { 'Content-Language': 'en\x01' }, 'header Content-Language is not CORS-safelisted: its value contains the control byte 0x01', 'content-language'],
    ['a safelisted header longer than 128 bytes', { Accept: 'a'.repeat(129) }, 'header Accept is not CORS-safelisted: its value is longer than 128 bytes', 'accept'],
    ['a suffix Range', { Range: 'bytes=-500' }, 'header Range bytes=-500 is not CORS-safelisted: a suffix range is not', 'range'],
    ['a Range of several ranges', { Range: 'bytes=0-1,5-9' }, 'header Range bytes=0-1,5-9 is not CORS-safelisted: only one "bytes=start-" or "bytes=start-end" range is', 'range'],
    ['a Range that ends before it starts', { Range: 'bytes=9-5' }, 'header Range bytes=9-5 is not CORS-safelisted: only one "bytes=start-" or "bytes=start-end" range is', 'range'],
    ['a Range with a unit other than bytes ("bytes" is case-sensitive)', { Range: 'Bytes=0-1' }, 'header Range Bytes=0-1 is not CORS-safelisted: only one "bytes=start-" or "bytes=start-end" range is', 'range'],
  ])('a safelisted name with a value that is not: %s', (_, headers, reason, name) => {
    expect(classifyPreflight({ method: 'GET', headers })).toEqual({ preflight: true, reasons: [reason], unsafeHeaderNames: [name] });
  });

  test('a value of exactly 128 bytes is still safelisted', () => {
    expect(classifyPreflight({ headers: { Accept: 'a'.repeat(128) } })).toEqual(simple);
  });

  test('leading and trailing whitespace is not part of a value: fetch() strips it', () => {
    expect(classifyPreflight({ headers: { Accept: `  ${'a'.repeat(128)}\t` } })).toEqual(simple);
  });

  test('safelisted values adding up to more than 1024 bytes all count as unsafe', () => {
    const headers = [...Array(8)].map(() => ['Accept', 'a'.repeat(128)]);
    expect(classifyPreflight({ headers })).toEqual(simple); // exactly 1024
    headers.push(['Content-Language', 'en']);
    expect(classifyPreflight({ headers })).toEqual({
      preflight: true,
      reasons: ["the safelisted headers' values add up to 1026 bytes, more than 1024, so Accept, Content-Language count as not CORS-safelisted"],
      unsafeHeaderNames: ['accept', 'content-language'],
    });
  });
});

describe('describePreflight', () => {
  test('a simple request', () => {
    expect(describePreflight(classifyPreflight({ method: 'GET' }))).toBe('no preflight: simple request');
  });

  test('each reason, in order', () => {
    expect(describePreflight(classifyPreflight({ method: 'PUT', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' } }))).toBe(
      'preflighted: method PUT is not CORS-safelisted; header Authorization is not CORS-safelisted; Content-Type application/json is not CORS-safelisted',
    );
  });
});
