// Successes are a polite status; failures are an alert, so screen readers (and tests) find them by role.
export function StatusLine({ outcome }) {
  if (!outcome) return null;
  return (
    <p className={`outcome ${outcome.kind}`} role={outcome.kind === 'ok' ? 'status' : 'alert'} data-kind={outcome.kind}>
      {outcome.text}
    </p>
  );
}
