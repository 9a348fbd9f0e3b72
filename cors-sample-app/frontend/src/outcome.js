import { BlockedOrUnreachableError, HttpStatusError } from './api.js';

/**
 * What the status line shows for a failed call. The two kinds are kept apart because they need different
 * fixes: a CORS block is fixed in the API's cors.* configuration, an HTTP error in the request itself.
 */
export function describeFailure(error) {
  if (error instanceof BlockedOrUnreachableError) {
    return {
      kind: 'cors',
      text:
        `CORS or network failure: ${error.method} ${error.url} was blocked by the browser or did not reach the server ` +
        `(${error.cause.message}). The page cannot see why; the browser console and the API's DEBUG log can.`,
    };
  }
  if (error instanceof HttpStatusError) {
    return { kind: 'http', text: `HTTP ${error.status} from ${error.method} ${error.url}: ${error.detail}` };
  }
  return { kind: 'bug', text: `Unexpected error: ${error.message}` };
}

export function describeCreated({ note, location }) {
  return location
    ? { kind: 'ok', text: `Created note ${note.id} at ${location}` }
    : { kind: 'ok', text: `Created note ${note.id}, but Location was hidden: add it to exposed-headers` };
}
