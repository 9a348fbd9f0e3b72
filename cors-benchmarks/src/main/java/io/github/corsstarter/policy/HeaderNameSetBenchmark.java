package io.github.corsstarter.policy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The starter's {@link HeaderNameSet} against the JDK's sets, as a preflight's
 * {@code Access-Control-Request-Headers} is checked on the hot path: each name of the
 * list (1 to 3 names, as browsers send them: lower case, comma-separated, sorted) looked
 * up among 5 or 10 allowed names. The JDK contenders cut each name out and lower-case it
 * (a no-op copy-free call for names already in lower case) before {@code contains}. Each
 * invocation checks the same four lists, one of them with a name not allowed. In package
 * {@code io.github.corsstarter.policy}, beside the package-private type, on the class
 * path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HeaderNameSetBenchmark {

	private static final List<String> ALLOWED = List.of("Authorization", "Content-Type", "X-Requested-With",
			"X-CSRF-Token", "Accept-Language", "X-Api-Key", "X-Request-Id", "If-Match", "If-None-Match",
			"Cache-Control");

	private static final String[] REQUESTS = { "authorization", "authorization,content-type",
			"content-type,x-csrf-token,x-requested-with", "authorization,x-unknown-header" };

	/** How many names the policy allows. */
	@Param({ "5", "10" })
	public int allowed;

	private HeaderNameSet own;

	private Set<String> hashSet;

	private Set<String> setOf;

	@Setup
	public void setUp() {
		List<String> names = ALLOWED.subList(0, this.allowed);
		this.own = new HeaderNameSet(names);
		this.hashSet = new HashSet<>(names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList());
		this.setOf = Set.copyOf(this.hashSet);
		for (String request : REQUESTS) {
			boolean expected = !request.contains("unknown") && Arrays.stream(request.split(","))
				.allMatch((name) -> ALLOWED.subList(0, this.allowed)
					.stream()
					.anyMatch((allowedName) -> allowedName.equalsIgnoreCase(name)));
			if (ownAllows(request) != expected || jdkAllows(this.hashSet, request) != expected
					|| jdkAllows(this.setOf, request) != expected) {
				throw new IllegalStateException("contenders disagree on " + request);
			}
		}
	}

	@Benchmark
	public int headerNameSet() {
		int allowedLists = 0;
		for (String request : REQUESTS) {
			allowedLists += ownAllows(request) ? 1 : 0;
		}
		return allowedLists;
	}

	@Benchmark
	public int hashSet() {
		int allowedLists = 0;
		for (String request : REQUESTS) {
			allowedLists += jdkAllows(this.hashSet, request) ? 1 : 0;
		}
		return allowedLists;
	}

	@Benchmark
	public int setOf() {
		int allowedLists = 0;
		for (String request : REQUESTS) {
			allowedLists += jdkAllows(this.setOf, request) ? 1 : 0;
		}
		return allowedLists;
	}

	/**
	 * The list walk of {@code CorsPolicy.firstDisallowedHeader}, without its token check.
	 */
	private boolean ownAllows(String list) {
		int start = 0;
		while (start <= list.length()) {
			int end = list.indexOf(',', start);
			end = (end < 0) ? list.length() : end;
			if (!this.own.contains(list, start, end)) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

	private static boolean jdkAllows(Set<String> names, String list) {
		int start = 0;
		while (start <= list.length()) {
			int end = list.indexOf(',', start);
			end = (end < 0) ? list.length() : end;
			if (!names.contains(list.substring(start, end).toLowerCase(Locale.ROOT))) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

}
