package io.github.corsstarter.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.github.corsstarter.policy.HttpTokens;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.ConfigurationProblems.PolicyProblems;

/**
 * Validates a policy's lists of RFC 9110 tokens (methods, request and response header
 * names) item by item, reporting each bad item with its index, and returns the accepted
 * items normalised.
 */
final class TokenLists {

	private static final String WILDCARD = "*";

	/**
	 * Fetch "forbidden method": browsers never send these, so allowing them only
	 * misleads.
	 */
	private static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

	/**
	 * Fetch "forbidden request-header": scripts cannot set these, so browsers never list
	 * them in {@code Access-Control-Request-Headers}; allowing one is always a
	 * misunderstanding.
	 */
	private static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length", "cookie",
			"cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	/**
	 * Fetch "forbidden response-header name": never exposed to scripts, whatever the
	 * server says.
	 */
	private static final Set<String> FORBIDDEN_RESPONSE_HEADERS = Set.of("set-cookie", "set-cookie2");

	private final PolicyProblems problems;

	TokenLists(PolicyProblems problems) {
		this.problems = problems;
	}

	/** Validates method names; returns them normalised as {@code fetch()} does. */
	Set<String> methods(List<String> methods) {
		return tokens(
				PolicySetting.ALLOWED_METHODS, methods, "an HTTP method", HttpTokens::normalizeMethod, (
						method) -> FORBIDDEN_METHODS.contains(method.toUpperCase(Locale.ROOT))
								? new Rejection(Kind.FORBIDDEN_METHOD, "browsers never send "
										+ method.toUpperCase(Locale.ROOT) + " (a Fetch forbidden method)", "remove it")
								: null);
	}

	/**
	 * Validates header names and returns them lower-cased (header names are
	 * case-insensitive).
	 * @param request whether these are request headers, to which Fetch's forbidden
	 * request-header names apply
	 */
	Set<String> headerNames(PolicySetting setting, List<String> names, boolean request) {
		return tokens(setting, names, "a header name", (name) -> name.toLowerCase(Locale.ROOT), (name) -> {
			if (name.startsWith("access-control-")) {
				return new Rejection(Kind.CORS_PROTOCOL_HEADER,
						"Access-Control-* headers belong to the CORS protocol itself",
						"remove it; the filter writes and reads those headers");
			}
			if (request && (FORBIDDEN_REQUEST_HEADERS.contains(name) || name.startsWith("proxy-")
					|| name.startsWith("sec-"))) {
				return new Rejection(Kind.FORBIDDEN_HEADER,
						"scripts cannot set it (a Fetch forbidden request-header name), so browsers "
								+ "never ask for it",
						"remove it");
			}
			if (!request && FORBIDDEN_RESPONSE_HEADERS.contains(name)) {
				return new Rejection(Kind.FORBIDDEN_HEADER,
						"browsers never expose it to scripts (a Fetch forbidden response-header name)", "remove it");
			}
			return null;
		});
	}

	/**
	 * Checks a list of RFC 9110 tokens item by item, reporting each bad one.
	 * @param kind what a token stands for, for messages
	 * @param normalize how an item is normalised before the rule and in the result
	 * @param rule what else is wrong with a normalised token, or {@code null} if nothing
	 * @return the accepted items, normalised, {@code *} kept as is
	 */
	private Set<String> tokens(PolicySetting setting, List<String> values, String kind, UnaryOperator<String> normalize,
			Function<String, Rejection> rule) {
		Set<String> accepted = new LinkedHashSet<>();
		reportBlankItems(setting, values);
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value.isBlank()) {
				continue;
			}
			if (value.equals(WILDCARD)) {
				accepted.add(WILDCARD);
				continue;
			}
			String normalized = normalize.apply(value);
			Rejection rejection = HttpTokens.isToken(value) ? rule.apply(normalized) : new Rejection(Kind.NOT_A_TOKEN,
					"not a valid token for " + kind, "use letters, digits and '-' only");
			if (rejection != null) {
				this.problems.error(rejection.kind(), setting, i, value, rejection.reason(), rejection.fix());
			}
			else {
				accepted.add(normalized);
			}
		}
		return accepted;
	}

	/** Why one item is refused, and what to write instead. */
	private record Rejection(Kind kind, String reason, String fix) {
	}

	/**
	 * Blank items ("a,,b" or a trailing comma) are mistakes; reported here, then skipped
	 * by every check.
	 */
	void reportBlankItems(PolicySetting setting, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isBlank()) {
				this.problems.error(Kind.EMPTY_ITEM, setting, i, values.get(i), "an empty item",
						"remove the empty item");
			}
		}
	}

}
