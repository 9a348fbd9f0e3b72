package io.github.corsstarter.web.servlet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path a policy is chosen by is the request URI without the context path: stripped as
 * a prefix where the URI spells it as configured, segment by segment where it does not
 * (an error dispatch reports the URI as sent).
 */
class ContextPathStrippingTests {

	@ParameterizedTest(name = "''{0}'' under ''{1}'' -> ''{2}''")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "/api/notes|\"\"|/api/notes", "/ctx/api/notes|/ctx|/api/notes", "/ctx|/ctx|\"\"", "/ctx/|/ctx|/",
					"/ctxa/api|/ctx|/api", "/%63tx/api/ping|/ctx|/api/ping", "/ctx;v=1/api/ping|/ctx|/api/ping",
					"//ctx//api|/ctx|//api", "/a/b/c/d|/x/y|/c/d", "/a/b/c/d|/x//y/|/c/d", "/a/|/x/y|\"\"",
					"/a|/x|\"\"", "/a|/x/y|\"\"", "\"\"|/ctx|\"\"", "/|/ctx|\"\"", "/ctx2|/ctx|\"\"" })
	void stripsTheContextPath(String uri, String contextPath, String path) {
		assertThat(ServletExchange.withinContext(uri, contextPath)).isEqualTo(path);
	}

}
