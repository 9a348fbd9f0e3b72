/**
 * A model of the browser's side of CORS, in plain Java, after the
 * <a href="https://fetch.spec.whatwg.org/#http-cors-protocol">Fetch Standard</a> and
 * checked against Chromium: what a page's {@code fetch()} sends (whether a preflight, and
 * with which {@code Access-Control-Request-*} headers), whether the preflight's answer
 * lets the request through, and whether the page can read the actual response and which
 * of its headers. {@link io.github.corsstarter.test.browser.BrowserCors} is the entry
 * point; nothing here depends on Spring.
 */
@NullMarked
package io.github.corsstarter.test.browser;

import org.jspecify.annotations.NullMarked;
