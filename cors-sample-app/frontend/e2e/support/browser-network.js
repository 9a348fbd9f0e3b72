/**
 * Records the CORS preflights the browser sends from a page, with the status each got. Playwright's
 * page.on('request') never reports preflights (the browser's network service sends them on its own),
 * so this listens to the Chrome DevTools Protocol, which does. Call the returned function for the list.
 */
export async function recordPreflights(page) {
  const preflights = new Map();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.method === 'OPTIONS') {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
      preflights.set(requestId, { url: request.url, headers, status: undefined });
    }
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const preflight = preflights.get(requestId);
    if (preflight) preflight.status = response.status;
  });
  await cdp.send('Network.enable');
  return () =>
    [...preflights.values()].map(({ url, headers, status }) => ({
      path: new URL(url).pathname,
      origin: headers.origin,
      requestedMethod: headers['access-control-request-method'],
      carriesToken: 'authorization' in headers,
      status,
    }));
}
