package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.corsstarter.policy.IpHosts;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.Origin;
import io.github.corsstarter.policy.OriginMatcher;
import io.github.corsstarter.policy.OriginPattern;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.policy.ResolverCandidates;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.ConfigurationProblems.PolicyProblems;
import org.jspecify.annotations.Nullable;

/**
 * Checks a policy's allowed origins, origin patterns and resolver candidate patterns,
 * reporting what is wrong with each, and builds the policy layer's matchers from the
 * values that pass.
 */
final class OriginCompiler {

	private static final int[] ANY_PORT = null;

	private static final int[] INVALID_PORTS = {};

	private static final String SYNTAX_HELP = "use an exact origin, a leading label wildcard or a port list, "
			+ "for example 'https://*.example.com', 'http://localhost:[*]' or 'http://localhost:[3000,5173]'";

	private final CompileContext context;

	private final boolean tolerateSubdomainsOfPublicSuffixes;

	private final PolicyProblems problems;

	/**
	 * Where the allowed origin patterns that match plain-http origins off loopback stand.
	 */
	private final List<Integer> plainHttpPatterns = new ArrayList<>();

	/**
	 * @param context where the Public Suffix List comes from, read only if a pattern
	 * needs it
	 * @param tolerateSubdomainsOfPublicSuffixes whether a wildcard over a public suffix
	 * is only warned about
	 */
	OriginCompiler(CompileContext context, boolean tolerateSubdomainsOfPublicSuffixes, PolicyProblems problems) {
		this.context = context;
		this.tolerateSubdomainsOfPublicSuffixes = tolerateSubdomainsOfPublicSuffixes;
		this.problems = problems;
	}

	/**
	 * Compiles the allowed origins and origin patterns, reporting every invalid one.
	 * @param listed what the policy's origin source lists now, or {@code null}
	 */
	OriginMatcher allowed(List<String> origins, List<String> patterns, @Nullable ListedOrigins listed) {
		boolean anyOrigin = false;
		List<String> exact = new ArrayList<>();
		for (int i = 0; i < origins.size(); i++) {
			String value = origins.get(i);
			if (value.equals("*")) {
				anyOrigin = true;
			}
			else if (!value.isBlank() && OriginDiagnosis.checkExactOrigin(value, i, this.problems)) {
				exact.add(value);
			}
		}
		List<OriginPattern> compiled = new ArrayList<>();
		anyOrigin |= patterns(patterns, PolicySetting.ALLOWED_ORIGIN_PATTERNS, compiled);
		return new OriginMatcher(anyOrigin, exact, compiled, listed);
	}

	/**
	 * Compiles the resolver's candidate patterns, validated as
	 * {@code allowed-origin-patterns} are.
	 */
	ResolverCandidates candidates(List<String> patterns) {
		List<OriginPattern> compiled = new ArrayList<>();
		boolean anyOrigin = patterns(patterns, PolicySetting.ORIGIN_RESOLVER_CANDIDATE_PATTERNS, compiled);
		return new ResolverCandidates(compiled, anyOrigin);
	}

	/**
	 * Warns of plain-http origins off loopback, which anyone on the network path can
	 * impersonate: worth saying when credentials are allowed.
	 * @param origins the allowed origins as configured
	 * @param patterns the allowed origin patterns as configured
	 */
	void warnOfPlainHttp(List<String> origins, List<String> patterns) {
		for (int i = 0; i < origins.size(); i++) {
			Origin origin = Origin.parse(origins.get(i));
			if (origin != null && origin.scheme().equals("http") && !origin.isLoopback()) {
				this.problems.warn(Kind.PLAIN_HTTP_WITH_CREDENTIALS, PolicySetting.ALLOWED_ORIGINS, i, origins.get(i),
						"credentials are allowed for a plain-http origin, which anyone on the network path can "
								+ "impersonate",
						"serve that client over https");
			}
		}
		for (int index : this.plainHttpPatterns) {
			this.problems.warn(Kind.PLAIN_HTTP_WITH_CREDENTIALS, PolicySetting.ALLOWED_ORIGIN_PATTERNS, index,
					patterns.get(index), "credentials are allowed for plain-http origins, which anyone on the network "
							+ "path can impersonate",
					"serve those clients over https");
		}
	}

	/**
	 * Compiles the patterns of a setting other than the bare {@code *} into
	 * {@code compiled}.
	 * @return whether {@code *} is among them
	 */
	private boolean patterns(List<String> patterns, PolicySetting setting, List<OriginPattern> compiled) {
		boolean anyOrigin = false;
		for (int i = 0; i < patterns.size(); i++) {
			String value = patterns.get(i);
			if (value.equals("*")) {
				anyOrigin = true;
			}
			else if (!value.isBlank()) {
				OriginPattern pattern = pattern(value, i, setting);
				if (pattern != null) {
					compiled.add(pattern);
				}
			}
		}
		return anyOrigin;
	}

	/**
	 * Compiles a pattern of a setting that takes origin patterns, reporting what is wrong
	 * with it against that setting.
	 * @return the pattern, or {@code null} after reporting a problem
	 */
	@Nullable OriginPattern pattern(String value, int index, PolicySetting setting) {
		int schemeEnd = value.indexOf("://");
		Origin schemeProbe = (schemeEnd > 0) ? Origin.parse(value.substring(0, schemeEnd) + "://x") : null;
		if (schemeProbe == null) {
			this.problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value, "no valid lower-case scheme",
					SYNTAX_HELP);
			return null;
		}
		String scheme = schemeProbe.scheme();
		String rest = value.substring(schemeEnd + 3);
		boolean labelWildcard = rest.startsWith("*.");
		String hostAndPort = labelWildcard ? rest.substring(1) : rest;
		int hostEnd = Origin.hostEnd(hostAndPort, labelWildcard ? 1 : 0);
		if (hostEnd <= 0) {
			this.problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
					(rest.indexOf('*') >= 0)
							? "'*' is only supported as a whole leading label ('*.') or as a port list ('[*]')"
							: "the host is not a lower-case ASCII domain or IP address",
					SYNTAX_HELP);
			return null;
		}
		String host = hostAndPort.substring(0, hostEnd);
		String portPart = hostAndPort.substring(hostEnd);
		// Ports first: a fix for the host repeats the ports, so they must be valid before
		// one is suggested.
		int[] ports = ports(setting, scheme, portPart, value, index);
		if (ports == INVALID_PORTS) {
			return null;
		}
		boolean hostAccepted = labelWildcard
				? checkWildcardSuffix(setting, value, index, scheme, host.substring(1), portPart) : !OriginDiagnosis
					.reportNonCanonicalHost(host, value, setting, index, "http://127.0.0.1:[*]", this.problems);
		if (!hostAccepted) {
			return null;
		}
		// Plain http off the loopback interface: anyone on the network path can read and
		// forge its traffic.
		if (setting == PolicySetting.ALLOWED_ORIGIN_PATTERNS && scheme.equals("http")
				&& !(labelWildcard ? isLocalhost(host.substring(1)) : IpHosts.isLoopback(host))) {
			this.plainHttpPatterns.add(index);
		}
		return new OriginPattern(value, scheme, host, labelWildcard, ports);
	}

	/**
	 * A label wildcard must stand over a name whose subdomains one owner controls. Anyone
	 * can register a site under a public suffix ({@code co.uk}, {@code github.io},
	 * {@code vercel.app}), so a wildcard over one, or over a name with a public suffix
	 * below it ({@code amazonaws.com} over {@code s3.amazonaws.com}), would let every
	 * such site read the responses. {@code localhost} and the names under it are loopback
	 * (RFC 6761), so {@code http://*.localhost:5173} is fine.
	 * @return whether the pattern may be compiled
	 */
	private boolean checkWildcardSuffix(PolicySetting setting, String value, int index, String scheme, String suffix,
			String portPart) {
		if (suffix.startsWith("[") || IpHosts.endsInANumber(suffix)) {
			this.problems.error(Kind.WILDCARD_OVER_IP_ADDRESS, setting, index, value,
					"a wildcard over an IP address matches no origin a browser sends",
					"list each address as an exact origin, for example 'http://127.0.0.1:[*]'");
			return false;
		}
		if (isLocalhost(suffix)) {
			return true;
		}
		PublicSuffixList list = this.context.publicSuffixList();
		if (suffix.indexOf('.') < 0) {
			this.problems.error(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value,
					"a wildcard directly over the top-level domain '" + suffix + "' matches sites you do not own",
					"name your own domain, for example '" + scheme + "://*." + list.exampleRegistrableDomain(suffix)
							+ portPart + "'");
			return false;
		}
		Optional<PublicSuffixList.Rule> rule = list.publicSuffixRule(suffix);
		Optional<PublicSuffixList.Rule> below = rule.isPresent() ? Optional.empty()
				: list.publicSuffixRuleBelow(suffix);
		if (rule.isEmpty() && below.isEmpty()) {
			return true;
		}
		String reason = rule
			.map((suffixRule) -> "'" + suffix + "' is a public suffix (" + describe(suffixRule)
					+ "): anyone can register a site under it")
			.orElseGet(() -> "it also matches names under '" + below.get().text() + "', a public suffix ("
					+ describe(below.get()) + ") where anyone can register a site");
		String example = "'" + scheme + "://*." + list.exampleRegistrableDomain(suffix) + portPart + "'";
		if (this.tolerateSubdomainsOfPublicSuffixes) {
			this.problems.warn(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value,
					reason + "; tolerated because "
							+ PolicySetting.DANGEROUSLY_TOLERATE_SUBDOMAINS_OF_PUBLIC_SUFFIXES.key() + " is set",
					"make sure you control every site under it, or name your own domain, for example " + example);
			return true;
		}
		this.problems.error(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value, reason,
				"name your own registrable domain, for example " + example);
		return false;
	}

	private static String describe(PublicSuffixList.Rule rule) {
		return "Public Suffix List, " + rule.section().name() + " section, rule '" + rule.text() + "'";
	}

	private static boolean isLocalhost(String host) {
		return host.equals("localhost") || host.endsWith(".localhost");
	}

	private int[] ports(PolicySetting setting, String scheme, String portPart, String value, int index) {
		if (portPart.isEmpty()) {
			return new int[] { Origin.NO_PORT };
		}
		if (portPart.equals(":[*]")) {
			return ANY_PORT;
		}
		boolean list = portPart.startsWith(":[") && portPart.endsWith("]");
		String[] items = list ? portPart.substring(2, portPart.length() - 1).split(",", -1)
				: new String[] { portPart.substring(1) };
		int[] ports = new int[items.length];
		for (int i = 0; i < items.length; i++) {
			ports[i] = Origin.parsePort(items[i], 0, items[i].length());
			if (ports[i] == Origin.NO_PORT) {
				this.problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
						"'" + items[i] + "' is not a port (1-65535, no leading zero)", SYNTAX_HELP);
				return INVALID_PORTS;
			}
			if (ports[i] == Origin.defaultPort(scheme)) {
				this.problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
						"port " + ports[i] + " is the default for " + scheme + " and browsers never send it",
						"leave the default port out");
				return INVALID_PORTS;
			}
		}
		return ports;
	}

}
