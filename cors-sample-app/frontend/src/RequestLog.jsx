import { useId } from 'react';
import { MAX_LOG_ENTRIES } from './callLog.js';

// What DevTools' network panel would show of CORS, in the page itself: one item per API call (see callLog.js).
export function RequestLog({ entries, onClear }) {
  const headingId = useId();
  return (
    <section className="request-log" aria-labelledby={headingId}>
      <div className="request-log-heading">
        <h2 id={headingId}>Request log</h2>
        <button type="button" onClick={onClear} disabled={entries.length === 0}>
          Clear
        </button>
      </div>
      <p className="hint">
        Every call this page made to the API, newest first (the last {MAX_LOG_ENTRIES}). Before a call that is not a
        "simple request", the browser sends a <strong>preflight</strong> of its own: an <code>OPTIONS</code> request,
        without the token, that asks the API whether this origin may send it. A request is simple when its method is
        GET, HEAD or POST and every header it sets is CORS-safelisted: <code>Accept</code>, <code>Accept-Language</code>,{' '}
        <code>Content-Language</code>, <code>Range</code>, and a <code>Content-Type</code> of <code>text/plain</code>,{' '}
        <code>multipart/form-data</code> or <code>application/x-www-form-urlencoded</code>.
      </p>
      {entries.length === 0 ? (
        <p className="hint">No calls yet.</p>
      ) : (
        <ol className="log-entries">
          {entries.map((entry) => (
            <LogEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function LogEntry({ entry }) {
  return (
    <li className={`log-entry ${entry.outcome}`}>
      <div className="log-request">
        <span className="log-id">#{entry.id}</span>{' '}
        <code>
          {entry.method} {entry.url}
        </code>
      </div>
      <div className={entry.preflight ? 'log-preflight preflighted' : 'log-preflight'}>{entry.preflightText}</div>
      <div className="log-outcome">{entry.outcomeText}</div>
      {entry.dryRunUrl && (
        // A new tab is a top-level navigation, which CORS does not apply to: it shows what fetch() could not.
        <a className="log-dry-run" href={entry.dryRunUrl} target="_blank" rel="noopener noreferrer">
          Ask the server why (needs the API's cors-debug profile)
        </a>
      )}
    </li>
  );
}
