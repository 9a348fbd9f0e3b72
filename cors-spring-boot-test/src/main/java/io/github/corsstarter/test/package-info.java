/**
 * AssertJ-style assertions on what a browser does with an application's CORS answers:
 * {@link io.github.corsstarter.test.CorsAssertions#assertThatCors(org.springframework.test.web.servlet.MockMvc)
 * assertThatCors(mvc)}{@code .from(origin).put(path)...isAllowed()} sends the preflight
 * the browser would send, then the request, and judges the answers with the model of
 * {@code io.github.corsstarter.test.browser}. Works with {@code MockMvc},
 * {@code MockMvcTester}, {@code WebTestClient} and a running server, with any CORS
 * configuration: this starter's, or Spring's own.
 */
@NullMarked
package io.github.corsstarter.test;

import org.jspecify.annotations.NullMarked;
