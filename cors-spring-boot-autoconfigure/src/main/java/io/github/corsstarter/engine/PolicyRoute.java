package io.github.corsstarter.engine;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One path pattern of one policy. Literal patterns ({@code /api/notes}) and literal
 * prefixes ({@code /api/**}, {@code /**}) are matched with string comparisons on the raw
 * path; everything else, and any path holding characters whose meaning depends on
 * decoding ({@code %}, {@code ;}), goes through Spring's {@link PathPattern}.
 */
final class PolicyRoute {

	private final PathPattern pattern;

	private final PolicyDecisions policy;

	/**
	 * The literal path or prefix compared on plain paths, or {@code null} if the pattern
	 * needs parsing.
	 */
	private final @Nullable String literal;

	private final boolean prefix;

	PolicyRoute(PathPattern pattern, PolicyDecisions policy) {
		this.pattern = pattern;
		this.policy = policy;
		String text = pattern.getPatternString();
		this.prefix = text.endsWith("/**");
		String candidate = this.prefix ? text.substring(0, text.length() - 3) : text;
		this.literal = isLiteral(candidate) ? candidate : null;
	}

	PathPattern pattern() {
		return this.pattern;
	}

	PolicyDecisions policy() {
		return this.policy;
	}

	/**
	 * The first path segment if the pattern starts with a literal one, for indexing; else
	 * {@code null}.
	 */
	@Nullable String firstLiteralSegment() {
		String text = this.pattern.getPatternString();
		int end = text.indexOf('/', 1);
		String segment = text.substring(1, (end < 0) ? text.length() : end);
		return (!segment.isEmpty() && isLiteral("/" + segment)) ? segment : null;
	}

	boolean matches(RequestPath path) {
		String literal = this.literal;
		if (literal != null && path.isPlain()) {
			String value = path.value();
			if (!this.prefix) {
				return value.equals(literal);
			}
			int length = literal.length();
			return value.startsWith(literal) && (value.length() == length || value.charAt(length) == '/');
		}
		PathContainer parsed = path.parsed();
		return parsed != null && this.pattern.matches(parsed);
	}

	private static boolean isLiteral(String text) {
		for (int i = 0; i < text.length(); i++) {
			if ("*?{}%;\\".indexOf(text.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A request path within the application, parsed for {@link PathPattern} only if a
	 * route needs it.
	 */
	static final class RequestPath {

		private final String value;

		private final boolean plain;

		private @Nullable PathContainer parsed;

		private boolean unparseable;

		RequestPath(String value) {
			this.value = value;
			this.plain = value.indexOf('%') < 0 && value.indexOf(';') < 0;
		}

		String value() {
			return this.value;
		}

		/**
		 * Whether the raw path means what it says: no percent-encoding and no path
		 * parameters.
		 */
		boolean isPlain() {
			return this.plain;
		}

		/**
		 * The path parsed as {@link PathPattern} sees it, or {@code null} if it cannot be
		 * parsed (a malformed escape such as {@code ;x=%zz}). No pattern matches an
		 * unparseable path, so no policy covers it and the request gets no CORS header at
		 * all: a cross-origin page can read nothing of it, whatever a policy would allow.
		 */
		@Nullable PathContainer parsed() {
			if (this.parsed == null && !this.unparseable) {
				try {
					this.parsed = PathContainer.parsePath(this.value);
				}
				catch (IllegalArgumentException ex) {
					this.unparseable = true;
				}
			}
			return this.parsed;
		}

	}

}
