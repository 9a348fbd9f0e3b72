package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.policy.OriginMatcher;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.policy.ResolverCandidates;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.ConfigurationProblems.PolicyProblems;
import org.jspecify.annotations.Nullable;

import static io.github.corsstarter.runtime.ConfigurationProblem.NO_INDEX;

/**
 * Validates one {@link CorsPolicySpec} in a single pass, reporting every problem, and
 * builds its {@link CorsPolicy}.
 */
final class PolicyCompiler {

	/** Firefox's cap; anything longer is a mistake, not a tuning. */
	private static final Duration MAX_AGE_LIMIT = Duration.ofHours(24);

	/** Chromium silently caps the preflight cache at two hours. */
	private static final Duration CHROMIUM_MAX_AGE_CAP = Duration.ofHours(2);

	private static final String WILDCARD = "*";

	private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(1);

	/** A lookup that may take longer than this keeps a browser waiting noticeably. */
	private static final Duration SLOW_LOOKUP = Duration.ofSeconds(2);

	private final String name;

	private final CorsPolicySpec spec;

	private final PolicyProblems problems;

	private final int errorsBefore;

	private final CompileContext context;

	private final TokenLists tokens;

	PolicyCompiler(String name, CorsPolicySpec spec, CompileContext context, ConfigurationProblems problems) {
		this.name = name;
		this.spec = spec;
		this.context = context;
		this.problems = problems.of(name);
		this.tokens = new TokenLists(this.problems);
		this.errorsBefore = problems.errorCount();
	}

	/** Compiles the spec; empty if it has errors, which are then in the problems. */
	Optional<CorsPolicy> compile() {
		this.tokens.reportBlankItems(PolicySetting.ALLOWED_ORIGINS, this.spec.getAllowedOrigins());
		this.tokens.reportBlankItems(PolicySetting.ALLOWED_ORIGIN_PATTERNS, this.spec.getAllowedOriginPatterns());
		boolean tolerate = this.spec.isDangerouslyTolerateSubdomainsOfPublicSuffixes();
		ListedOrigins listed = listedOrigins();
		OriginLookup resolver = originResolver();
		OriginCompiler originCompiler = new OriginCompiler(this.context, tolerate, this.problems);
		// Compiling the origins warns of nothing but a tolerated wildcard over a public
		// suffix.
		int warningsBefore = this.problems.all().warningCount();
		OriginMatcher origins = originCompiler.allowed(this.spec.getAllowedOrigins(),
				this.spec.getAllowedOriginPatterns(), listed);
		List<String> candidatePatterns = this.spec.getOriginResolver().getCandidatePatterns();
		this.tokens.reportBlankItems(PolicySetting.ORIGIN_RESOLVER_CANDIDATE_PATTERNS, candidatePatterns);
		ResolverCandidates candidates = originCompiler.candidates(candidatePatterns);
		if (!candidatePatterns.isEmpty() && this.spec.getOriginResolver().getBean() == null) {
			this.problems.warn(Kind.CANDIDATES_WITHOUT_RESOLVER, PolicySetting.ORIGIN_RESOLVER_CANDIDATE_PATTERNS,
					NO_INDEX, candidatePatterns, "the policy names no origin resolver, so these patterns do nothing",
					"set origin-resolver.bean, or remove them");
		}
		if (tolerate && this.problems.all().warningCount() == warningsBefore) {
			this.problems.warn(Kind.NEEDLESS_TOLERANCE,
					PolicySetting.DANGEROUSLY_TOLERATE_SUBDOMAINS_OF_PUBLIC_SUFFIXES, NO_INDEX, true,
					"no origin pattern of the policy stands over a public suffix, so this only weakens a safeguard",
					"remove it");
		}
		checkWildcardOrigins();
		checkOriginsWorthWarning(origins, resolver, originCompiler);
		checkCrossOriginProtection(origins, resolver);
		Set<String> methods = this.tokens.methods(this.spec.getAllowedMethods());
		Set<String> headers = this.tokens.headerNames(PolicySetting.ALLOWED_HEADERS, this.spec.getAllowedHeaders(),
				true);
		Set<String> exposed = exposedHeaders();
		long maxAge = maxAgeSeconds();
		if (this.problems.all().errorCount() > this.errorsBefore) {
			return Optional.empty();
		}
		return Optional.of(new CorsPolicy(this.name, origins, resolver, candidates, methods, headers, exposed,
				this.spec.isAllowCredentials(), maxAge, this.spec.isAllowPrivateNetwork(),
				this.spec.isTimingAllowOrigin(), this.spec.isCrossOriginProtection()));
	}

	/**
	 * Fetch, "CORS protocol and credentials": a credentialed response may not say
	 * {@code *}; and a wildcard that opens private networks to every site on the internet
	 * defeats Private Network Access.
	 */
	private void checkWildcardOrigins() {
		checkWildcard(PolicySetting.ALLOWED_ORIGINS, this.spec.getAllowedOrigins());
		checkWildcard(PolicySetting.ALLOWED_ORIGIN_PATTERNS, this.spec.getAllowedOriginPatterns());
	}

	private void checkWildcard(PolicySetting setting, List<String> values) {
		int index = values.indexOf(WILDCARD);
		if (index < 0) {
			return;
		}
		if (this.spec.isAllowCredentials()) {
			this.problems.error(Kind.WILDCARD_WITH_CREDENTIALS, setting, index, WILDCARD,
					"'*' with allow-credentials=true would let every site read your users' authenticated responses",
					"list the trusted origins, or set " + PolicySetting.ALLOW_CREDENTIALS.reference() + "=false");
		}
		if (this.spec.isAllowPrivateNetwork()) {
			this.problems.error(Kind.WILDCARD_WITH_PRIVATE_NETWORK, setting, index, WILDCARD,
					"'*' with allow-private-network=true would open the private network to every site",
					"list the trusted origins, or set " + PolicySetting.ALLOW_PRIVATE_NETWORK.reference() + "=false");
		}
	}

	/**
	 * The origins the policy's origin source lists now, or {@code null} if it names none.
	 */
	private @Nullable ListedOrigins listedOrigins() {
		OriginSourceSpec source = this.spec.getOriginSource();
		String bean = source.getBean();
		if (source.getRefreshInterval().compareTo(MIN_REFRESH_INTERVAL) < 0) {
			this.problems.error(Kind.REFRESH_TOO_FREQUENT, PolicySetting.ORIGIN_SOURCE_REFRESH_INTERVAL, NO_INDEX,
					source.getRefreshInterval(),
					"reading the source more often than once a second would load it without pause",
					"use 1s or more, such as 5m");
		}
		positive(PolicySetting.ORIGIN_SOURCE_STARTUP_TIMEOUT, source.getStartupTimeout(),
				"startup would never wait for the source's first read");
		if (bean == null || bean.isBlank()) {
			return null;
		}
		ListedOrigins listed = this.context.listedOrigins(bean);
		if (listed == null) {
			this.problems.error(Kind.UNKNOWN_BEAN, PolicySetting.ORIGIN_SOURCE_BEAN, NO_INDEX, bean,
					"no origin source named '" + bean + "' is available",
					"provide one of that name (in Spring Boot, a bean of type AllowedOriginsSource)");
			return null;
		}
		return listed;
	}

	/** The lookup of the policy's origin resolver, or {@code null} if it names none. */
	private @Nullable OriginLookup originResolver() {
		OriginResolverSpec resolver = this.spec.getOriginResolver();
		int errorsBefore = this.problems.all().errorCount();
		positive(PolicySetting.ORIGIN_RESOLVER_TIMEOUT, resolver.getTimeout(), "an answer can never come in time");
		if (resolver.getTimeout().compareTo(SLOW_LOOKUP) > 0) {
			this.problems.warn(Kind.SLOW_LOOKUP_TIMEOUT, PolicySetting.ORIGIN_RESOLVER_TIMEOUT, NO_INDEX,
					resolver.getTimeout(), "a preflight or request from an unknown origin may wait that long",
					"use at most 2s");
		}
		notNegative(PolicySetting.ORIGIN_RESOLVER_ALLOWED_TTL, resolver.getAllowedTtl());
		notNegative(PolicySetting.ORIGIN_RESOLVER_DENIED_TTL, resolver.getDeniedTtl());
		atLeastOne(PolicySetting.ORIGIN_RESOLVER_CACHE_SIZE, resolver.getCacheSize());
		atLeastOne(PolicySetting.ORIGIN_RESOLVER_MAX_CONCURRENT_LOOKUPS, resolver.getMaxConcurrentLookups());
		atLeastOne(PolicySetting.ORIGIN_RESOLVER_MAX_LOOKUPS_PER_SECOND, resolver.getMaxLookupsPerSecond());
		String bean = resolver.getBean();
		// A lookup is built only for valid settings: it holds a cache and threads.
		if (bean == null || bean.isBlank() || this.problems.all().errorCount() > errorsBefore) {
			return null;
		}
		OriginLookup lookup = this.context.originLookup(this.name);
		if (lookup == null) {
			this.problems.error(Kind.UNKNOWN_BEAN, PolicySetting.ORIGIN_RESOLVER_BEAN, NO_INDEX, bean,
					"no origin resolver named '" + bean + "' is available",
					"provide one of that name (in Spring Boot, a bean of type AllowedOriginResolver, with Caffeine "
							+ "on the class path)");
			return null;
		}
		return lookup;
	}

	private void positive(PolicySetting setting, Duration value, String reason) {
		if (value.isNegative() || value.isZero()) {
			this.problems.error(Kind.NOT_POSITIVE, setting, NO_INDEX, value, reason,
					"use a positive duration, such as 250ms");
		}
	}

	private void notNegative(PolicySetting setting, Duration value) {
		if (value.isNegative()) {
			this.problems.error(Kind.NEGATIVE_DURATION, setting, NO_INDEX, value, "a negative lifetime means nothing",
					"use 0 to keep no such answer, or a positive duration such as 1m");
		}
	}

	private void atLeastOne(PolicySetting setting, int value) {
		if (value < 1) {
			this.problems.error(Kind.NOT_POSITIVE, setting, NO_INDEX, value, "must be at least 1",
					"use a positive whole number");
		}
	}

	private void checkOriginsWorthWarning(OriginMatcher origins, @Nullable OriginLookup resolver,
			OriginCompiler originCompiler) {
		if (origins.allowsNoOrigin() && resolver == null) {
			this.problems.warn(Kind.NO_ORIGIN_ALLOWED, PolicySetting.ALLOWED_ORIGINS, NO_INDEX, "[]",
					"the policy allows no origin, so cross-origin browser calls to its paths fail",
					"that is right only to carve paths out of a broader policy; otherwise add "
							+ PolicySetting.ALLOWED_ORIGINS.reference());
			if (this.spec.isTimingAllowOrigin()) {
				this.problems.warn(Kind.TIMING_FOR_NO_ORIGIN, PolicySetting.TIMING_ALLOW_ORIGIN, NO_INDEX, true,
						"the policy allows no origin, so no response ever carries Timing-Allow-Origin",
						"remove it, or add " + PolicySetting.ALLOWED_ORIGINS.reference());
			}
		}
		if (!this.spec.isAllowCredentials()) {
			return;
		}
		originCompiler.warnOfPlainHttp(this.spec.getAllowedOrigins(), this.spec.getAllowedOriginPatterns());
	}

	/**
	 * Cross-origin protection lets through the origins the policy allows: with none it
	 * would refuse every other origin unasked, with '*' nothing at all.
	 */
	private void checkCrossOriginProtection(OriginMatcher origins, @Nullable OriginLookup resolver) {
		if (!this.spec.isCrossOriginProtection()) {
			return;
		}
		if (this.spec.getAllowedOrigins().contains(WILDCARD)
				|| this.spec.getAllowedOriginPatterns().contains(WILDCARD)) {
			this.problems.error(Kind.CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS, PolicySetting.CROSS_ORIGIN_PROTECTION,
					NO_INDEX, true, "'*' allows every origin, so the protection would refuse nothing",
					"list the trusted origins in " + PolicySetting.ALLOWED_ORIGINS.reference() + ", or set "
							+ PolicySetting.CROSS_ORIGIN_PROTECTION.reference() + "=false");
		}
		else if (origins.allowsNoOrigin() && resolver == null) {
			this.problems.error(Kind.CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS, PolicySetting.CROSS_ORIGIN_PROTECTION,
					NO_INDEX, true,
					"the policy allows no origin, so nothing says which other origins may send unsafe requests",
					"list them in " + PolicySetting.ALLOWED_ORIGINS.reference() + " (or "
							+ PolicySetting.ALLOWED_ORIGIN_PATTERNS.reference() + ", an origin source or resolver)");
		}
	}

	private Set<String> exposedHeaders() {
		Set<String> exposed = this.tokens.headerNames(PolicySetting.EXPOSED_HEADERS, this.spec.getExposedHeaders(),
				false);
		if (exposed.contains(WILDCARD) && this.spec.isAllowCredentials()) {
			this.problems.error(Kind.WILDCARD_WITH_CREDENTIALS, PolicySetting.EXPOSED_HEADERS,
					this.spec.getExposedHeaders().indexOf(WILDCARD), WILDCARD,
					"with allow-credentials=true browsers read '*' as a header literally named '*'",
					"list the headers the client must read");
		}
		return exposed;
	}

	private long maxAgeSeconds() {
		Duration maxAge = this.spec.getMaxAge();
		if (maxAge.isNegative()) {
			this.problems.error(Kind.NEGATIVE_DURATION, PolicySetting.MAX_AGE, NO_INDEX, maxAge,
					"a negative preflight cache lifetime means nothing",
					"use 0 to disable preflight caching, or a positive duration such as 30m");
		}
		else if (maxAge.compareTo(MAX_AGE_LIMIT) > 0) {
			this.problems.error(Kind.MAX_AGE_TOO_LONG, PolicySetting.MAX_AGE, NO_INDEX, maxAge,
					"longer than 24h, the most any browser honours", "use at most 2h (Chromium's cap)");
		}
		else if (maxAge.compareTo(CHROMIUM_MAX_AGE_CAP) > 0) {
			this.problems.warn(Kind.MAX_AGE_ABOVE_CHROMIUM_CAP, PolicySetting.MAX_AGE, NO_INDEX, maxAge,
					"Chromium caps the preflight cache at 2h", "use at most 2h");
		}
		return maxAge.toSeconds();
	}

}
