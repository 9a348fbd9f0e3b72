package io.github.corsstarter.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A CORS policy as the user wrote it: plain, unvalidated data. {@link #compile()} turns it into an immutable
 * {@link CorsPolicy} or reports everything wrong with it at once.
 * <p>
 * The defaults are the safe ones: every path ({@code /**}), no origin, the CORS-safelisted methods, no request or exposed header, no
 * credentials, a 30 minute preflight cache, no private network access.
 */
public final class CorsPolicySpec {

	/** The prefix under which policies are configured; problems name keys below it. */
	public static final String POLICIES_PREFIX = "cors.policies.";

	private final String name;

	private List<String> pathPatterns = List.of("/**");

	private List<String> allowedOrigins = List.of();

	private List<String> allowedOriginPatterns = List.of();

	private List<String> allowedMethods = List.of("GET", "HEAD", "POST");

	private List<String> allowedHeaders = List.of();

	private List<String> exposedHeaders = List.of();

	private boolean allowCredentials;

	private Duration maxAge = Duration.ofMinutes(30);

	private boolean allowPrivateNetwork;

	private CorsPolicySpec(String name) {
		this.name = Objects.requireNonNull(name, "name");
	}

	/**
	 * Starts a spec.
	 * @param name the policy's name, as in {@code cors.policies.<name>}; it appears in log lines and problems
	 */
	public static CorsPolicySpec named(String name) {
		return new CorsPolicySpec(name);
	}

	/**
	 * Sets the paths the policy covers, in Spring {@code PathPattern} syntax. They are carried, not interpreted, here:
	 * the servlet layer parses and matches them.
	 */
	public CorsPolicySpec pathPatterns(List<String> patterns) {
		this.pathPatterns = List.copyOf(patterns);
		return this;
	}

	public CorsPolicySpec pathPatterns(String... patterns) {
		return pathPatterns(List.of(patterns));
	}

	public CorsPolicySpec allowedOrigins(List<String> origins) {
		this.allowedOrigins = List.copyOf(origins);
		return this;
	}

	public CorsPolicySpec allowedOrigins(String... origins) {
		return allowedOrigins(List.of(origins));
	}

	public CorsPolicySpec allowedOriginPatterns(List<String> patterns) {
		this.allowedOriginPatterns = List.copyOf(patterns);
		return this;
	}

	public CorsPolicySpec allowedOriginPatterns(String... patterns) {
		return allowedOriginPatterns(List.of(patterns));
	}

	public CorsPolicySpec allowedMethods(List<String> methods) {
		this.allowedMethods = List.copyOf(methods);
		return this;
	}

	public CorsPolicySpec allowedMethods(String... methods) {
		return allowedMethods(List.of(methods));
	}

	public CorsPolicySpec allowedHeaders(List<String> headers) {
		this.allowedHeaders = List.copyOf(headers);
		return this;
	}

	public CorsPolicySpec allowedHeaders(String... headers) {
		return allowedHeaders(List.of(headers));
	}

	public CorsPolicySpec exposedHeaders(List<String> headers) {
		this.exposedHeaders = List.copyOf(headers);
		return this;
	}

	public CorsPolicySpec exposedHeaders(String... headers) {
		return exposedHeaders(List.of(headers));
	}

	public CorsPolicySpec allowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
		return this;
	}

	public CorsPolicySpec maxAge(Duration maxAge) {
		this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
		return this;
	}

	public CorsPolicySpec allowPrivateNetwork(boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
		return this;
	}

	/**
	 * Compiles this spec.
	 * @return the compiled policy
	 * @throws CorsConfigurationException listing every problem, if there is any
	 */
	public CorsPolicy compile() {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicy policy = compile(problems);
		problems.throwIfAnyError();
		return policy;
	}

	/**
	 * Compiles this spec, adding its problems to those already collected (for validating several policies at once).
	 * @return the compiled policy, or {@code null} if this spec has errors
	 */
	public CorsPolicy compile(ConfigurationProblems problems) {
		return new PolicyCompiler(this, new PolicyKeys(POLICIES_PREFIX + this.name), problems).compile();
	}

	public String name() {
		return this.name;
	}

	public List<String> pathPatterns() {
		return this.pathPatterns;
	}

	List<String> allowedOrigins() {
		return this.allowedOrigins;
	}

	List<String> allowedOriginPatterns() {
		return this.allowedOriginPatterns;
	}

	List<String> allowedMethods() {
		return this.allowedMethods;
	}

	List<String> allowedHeaders() {
		return this.allowedHeaders;
	}

	List<String> exposedHeaders() {
		return this.exposedHeaders;
	}

	boolean allowCredentials() {
		return this.allowCredentials;
	}

	Duration maxAge() {
		return this.maxAge;
	}

	boolean allowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

}
