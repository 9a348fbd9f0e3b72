// Whether a cross-origin fetch() makes the browser send a CORS preflight first, and why, worked out from the
// request alone by the Fetch Standard's rules (https://fetch.spec.whatwg.org/#cors-preflight-fetch): a
// request needs one when its method is not a CORS-safelisted method, or when "CORS-unsafe request-header
// names" of its header list is not empty. The names below follow the standard's, so each step can be looked up.
// Pure: no DOM, no fetch, so it is unit-tested in Node.

const SAFELISTED_METHODS = ['GET', 'HEAD', 'POST'];
// Method "normalize": only these six are upper-cased; any other method is case-sensitive (`patch` stays `patch`).
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const SAFELISTED_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
// The total of the safelisted headers' values above which they all count as unsafe.
const SAFELIST_VALUE_SIZE_LIMIT = 1024;
// A safelisted header's value may be at most this long.
const SAFELISTED_VALUE_LIMIT = 128;

// Forbidden request-headers: fetch() silently drops them (the browser controls them), so they never
// cause a preflight.
const FORBIDDEN_HEADER_NAMES = new Set(
  [
    'Accept-Charset', 'Accept-Encoding', 'Access-Control-Request-Headers', 'Access-Control-Request-Method',
    'Connection', 'Content-Length', 'Cookie', 'Cookie2', 'Date', 'DNT', 'Expect', 'Host', 'Keep-Alive', 'Origin',
    'Referer', 'Set-Cookie', 'TE', 'Trailer', 'Transfer-Encoding', 'Upgrade', 'Via',
  ].map(asciiLowerCase),
);
const METHOD_OVERRIDE_HEADER_NAMES = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);
const FORBIDDEN_METHODS = new Set(['connect', 'trace', 'track']);

// A "CORS-unsafe request-header byte": a control character other than tab, or one of "():<>?@[\]{} and DEL.
const UNSAFE_BYTE = /[\x00-\x08\x0A-\x1F"():<>?@[\\\]{}\x7F]/;
// What Accept-Language and Content-Language may contain: letters, digits, space and *,-.;=
const LANGUAGE_VALUE = /^[0-9A-Za-z *,\-.;=]*$/;
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const LEADING_OR_TRAILING_HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Classifies a request the page is about to make with fetch() in "cors" mode (the default).
 *
 * @param {{ method?: string, headers?: Headers | Record<string, string> | Array<[string, string]> }} request
 *   the method and the headers as given to fetch()
 * @returns {{ preflight: boolean, reasons: string[], unsafeHeaderNames: string[] }} whether the browser
 *   preflights it; each reason why (empty for a simple request); and the names the preflight lists in
 *   Access-Control-Request-Headers (lower case, sorted, no duplicates)
 */
export function classifyPreflight({ method = 'GET', headers } = {}) {
  const reasons = [];
  const normalizedMethod = normalizeMethod(String(method));
  if (!SAFELISTED_METHODS.includes(normalizedMethod)) {
    reasons.push(`method ${normalizedMethod} is not CORS-safelisted`);
  }

  const unsafeNames = [];
  const potentiallyUnsafeNames = [];
  let safelistValueSize = 0;
  for (const [name, value] of headerList(headers)) {
    const reason = unsafeHeaderReason(name, value);
    if (reason) {
      unsafeNames.push(name);
      reasons.push(reason);
    } else {
      potentiallyUnsafeNames.push(name);
      // Header values are byte strings (fetch() throws on any character above U+00FF), one byte a character.
      safelistValueSize += value.length;
    }
  }
  if (safelistValueSize > SAFELIST_VALUE_SIZE_LIMIT) {
    unsafeNames.push(...potentiallyUnsafeNames);
    reasons.push(
      `the safelisted headers' values add up to ${safelistValueSize} bytes, more than ${SAFELIST_VALUE_SIZE_LIMIT}, ` +
        `so ${[...new Set(potentiallyUnsafeNames)].join(', ')} count as not CORS-safelisted`,
    );
  }

  const unsafeHeaderNames = [...new Set(unsafeNames.map(asciiLowerCase))].sort();
  return { preflight: reasons.length > 0, reasons, unsafeHeaderNames };
}

/** One line for a person: "preflighted: reason; reason" or "no preflight: simple request". */
export function describePreflight({ preflight, reasons }) {
  return preflight ? `preflighted: ${reasons.join('; ')}` : 'no preflight: simple request';
}

export function normalizeMethod(method) {
  const upper = asciiUpperCase(method);
  return NORMALIZED_METHODS.includes(upper) ? upper : method;
}

/** The request's header list as fetch() builds it: values normalized, forbidden request-headers left out. */
function headerList(headers) {
  if (!headers) return [];
  let entries;
  if (Array.isArray(headers)) entries = headers;
  else if (typeof headers.entries === 'function') entries = [...headers.entries()];
  else entries = Object.entries(headers);
  return entries
    .map(([name, value]) => [String(name), String(value).replace(LEADING_OR_TRAILING_HTTP_WHITESPACE, '')])
    .filter(([name, value]) => !isForbiddenRequestHeader(name, value));
}

function isForbiddenRequestHeader(name, value) {
  const lower = asciiLowerCase(name);
  if (FORBIDDEN_HEADER_NAMES.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) return true;
  return (
    METHOD_OVERRIDE_HEADER_NAMES.has(lower) &&
    value.split(',').some((method) => FORBIDDEN_METHODS.has(asciiLowerCase(method.replace(/^[\t ]+|[\t ]+$/g, ''))))
  );
}

/** Null when (name, value) is a CORS-safelisted request-header; otherwise why it is not. */
function unsafeHeaderReason(name, value) {
  const lower = asciiLowerCase(name);
  const safelistedNames = ['accept', 'accept-language', 'content-language', 'content-type', 'range'];
  if (!safelistedNames.includes(lower)) return `header ${name} is not CORS-safelisted`;
  if (value.length > SAFELISTED_VALUE_LIMIT) {
    return `header ${name} is not CORS-safelisted: its value is longer than ${SAFELISTED_VALUE_LIMIT} bytes`;
  }
  switch (lower) {
    case 'accept': {
      const unsafe = value.match(UNSAFE_BYTE);
      return unsafe ? `header ${name} is not CORS-safelisted: its value contains ${showCharacter(unsafe[0])}` : null;
    }
    case 'accept-language':
    case 'content-language': {
      if (LANGUAGE_VALUE.test(value)) return null;
      const unsafe = [...value].find((character) => !LANGUAGE_VALUE.test(character));
      return `header ${name} is not CORS-safelisted: its value contains ${showCharacter(unsafe)}`;
    }
    case 'content-type': {
      const unsafe = value.match(UNSAFE_BYTE);
      if (unsafe) return `${name} ${value} is not CORS-safelisted: it contains ${showCharacter(unsafe[0])}`;
      const essence = mimeTypeEssence(value);
      if (essence === null) return `${name} ${value} is not CORS-safelisted: it is not a valid MIME type`;
      return SAFELISTED_CONTENT_TYPES.includes(essence) ? null : `${name} ${essence} is not CORS-safelisted`;
    }
    case 'range': {
      const range = parseSingleRange(value);
      if (range === null) {
        return `header ${name} ${value} is not CORS-safelisted: only one "bytes=start-" or "bytes=start-end" range is`;
      }
      // Browsers never sent suffix ranges such as bytes=-500 themselves, so the standard does not safelist them.
      return range.start === null ? `header ${name} ${value} is not CORS-safelisted: a suffix range is not` : null;
    }
  }
}

/** The essence ("type/subtype", lower case) of "parse a MIME type" (MIME Sniffing Standard), or null for failure. */
function mimeTypeEssence(input) {
  const trimmed = input.replace(LEADING_OR_TRAILING_HTTP_WHITESPACE, '');
  const slash = trimmed.indexOf('/');
  if (slash < 0) return null;
  const type = trimmed.slice(0, slash);
  const semicolon = trimmed.indexOf(';', slash + 1);
  const subtype = trimmed.slice(slash + 1, semicolon < 0 ? undefined : semicolon).replace(/[\t\n\r ]+$/, '');
  if (!HTTP_TOKEN.test(type) || !HTTP_TOKEN.test(subtype)) return null;
  // The parameters that may follow never make the parse fail, so they do not matter here.
  return asciiLowerCase(`${type}/${subtype}`);
}

/** "Parse a single range header value" without whitespace: { start, end } (either may be null), or null for failure. */
function parseSingleRange(value) {
  const match = /^bytes=([0-9]*)-([0-9]*)$/.exec(value);
  if (!match) return null;
  const [start, end] = [match[1], match[2]].map((digits) => (digits === '' ? null : BigInt(digits)));
  if (start === null && end === null) return null;
  if (start !== null && end !== null && start > end) return null;
  return { start, end };
}

function showCharacter(character) {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `the control byte 0x${code.toString(16).padStart(2, '0')}` : `"${character}"`;
}

// Byte-lowercase and byte-uppercase: ASCII letters only, unlike toLowerCase(), which also changes others.
function asciiLowerCase(text) {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

function asciiUpperCase(text) {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}
