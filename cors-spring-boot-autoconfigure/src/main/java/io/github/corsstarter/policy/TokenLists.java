package io.github.corsstarter.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.github.corsstarter.policy.ConfigurationProblem.Kind;
import io.github.corsstarter.policy.ConfigurationProblems.PolicyProblems;

/**
 * Validates a policy's lists of RFC 9110 tokens (methods, request and response header
 * names) item by item, reporting each bad item with its index, and returns the accepted
 * items normalised.
 */
public final class TokenLists {

	private static final String WILDCARD = "*";

	private final PolicyProblems problems;

	public TokenLists(PolicyProblems problems) {
		this.problems = problems;
	}

	/** Validates method names; returns them normalised as {@code fetch()} does. */
	public Set<String> methods(List<String> methods) {
		return tokens(PolicySetting.ALLOWED_METHODS, methods, "an HTTP method", HttpTokens::normalizeMethod,
				(method) -> HttpTokens.isForbiddenMethod(method) ? new Rejection(Kind.FORBIDDEN_METHOD,
						"browsers never send " + method.toUpperCase(Locale.ROOT) + " (a Fetch forbidden method)",
						"remove it") : null);
	}

	/**
	 * Validates header names and returns them lower-cased (header names are
	 * case-insensitive).
	 * @param request whether these are request headers, to which Fetch's forbidden
	 * request-header names apply
	 */
	public Set<String> headerNames(PolicySetting setting, List<String> names, boolean request) {
		return tokens(setting, names, "a header name", (name) -> name.toLowerCase(Locale.ROOT), (name) -> {
			if (HttpTokens.isCorsProtocolHeader(name)) {
				return new Rejection(Kind.CORS_PROTOCOL_HEADER,
						"Access-Control-* headers belong to the CORS protocol itself",
						"remove it; the filter writes and reads those headers");
			}
			if (request && HttpTokens.isForbiddenRequestHeader(name)) {
				return new Rejection(Kind.FORBIDDEN_HEADER,
						"scripts cannot set it (a Fetch forbidden request-header name), so browsers "
								+ "never ask for it",
						"remove it");
			}
			if (!request && HttpTokens.isForbiddenResponseHeader(name)) {
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
	public void reportBlankItems(PolicySetting setting, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isBlank()) {
				this.problems.error(Kind.EMPTY_ITEM, setting, i, values.get(i), "an empty item",
						"remove the empty item");
			}
		}
	}

}
