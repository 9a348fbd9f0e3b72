package io.github.corsstarter.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.corsstarter.runtime.OriginResolverStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;

/**
 * New tenants under a flood: preflights from fresh flood origins, as fast as the
 * benchmark thread sends them, and between them, {@value #NEW_TENANTS_PER_SECOND} times a
 * second, a preflight from a new legitimate origin ({@code https://<n>.resolver.example},
 * which the resolver allows). The policy's resolver has the default bounds (20 lookups a
 * second, 4 at once) and {@code candidate-patterns: https://*.resolver.example}. JMH
 * reports the time per preflight; after every iteration the benchmark prints how many new
 * tenants were allowed on their first preflight, and how many lookups ran.
 * <p>
 * {@link Flood#NOT_ORIGINS}: values no browser sends ({@code zz12}, {@code null}, upper
 * case, a path); {@link Flood#NOT_CANDIDATES}: well-formed origins no candidate pattern
 * matches ({@code https://<n>.flood.example}); both are refused without a lookup, so
 * every new tenant should be allowed. {@link Flood#CANDIDATES}: well-formed candidates
 * the resolver refuses ({@code https://<n>.flood.resolver.example}), which take the
 * lookup budget: what the README says a flood of candidates does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OriginFloodNewTenantsBenchmark {

	static final int NEW_TENANTS_PER_SECOND = 10;

	private static final long TENANT_INTERVAL_NANOS = 1_000_000_000L / NEW_TENANTS_PER_SECOND;

	/** What floods the policy. */
	public enum Flood {

		NOT_ORIGINS, NOT_CANDIDATES, CANDIDATES;

		String origin(long n) {
			String id = Long.toString(n, 36);
			return switch (this) {
				case NOT_ORIGINS -> switch ((int) (n % 4)) {
					case 0 -> "zz" + id;
					case 1 -> "null";
					case 2 -> "https://" + id + ".Resolver.example";
					default -> "https://evil.example/." + id + ".resolver.example";
				};
				case NOT_CANDIDATES -> "https://" + id + ".flood.example";
				case CANDIDATES -> "https://" + id + DynamicOriginBeans.FLOOD_SUFFIX;
			};
		}

	}

	@Param
	public Stack stack;

	@Param
	public Flood flood;

	private StarterContext.Running context;

	private BenchmarkRequests filter;

	private long sent;

	private long nextTenantAt;

	private long tenants;

	private long tenantsAllowed;

	private long iterationTenants;

	private long iterationTenantsAllowed;

	private long iterationLookups;

	@Setup
	public void createFilter() {
		this.context = this.stack.open(
				DynamicOriginBeans.configuration(0, "candidate-patterns=https://*.resolver.example"), List.of(),
				DynamicOriginBeans.class);
		this.filter = this.stack.starterFilter(this.context);
		this.nextTenantAt = System.nanoTime();
	}

	@Setup(Level.Iteration)
	public void startIteration() {
		this.iterationTenants = this.tenants;
		this.iterationTenantsAllowed = this.tenantsAllowed;
		this.iterationLookups = resolverStatus().lookups();
	}

	@TearDown(Level.Iteration)
	public void reportIteration(IterationParams iteration) {
		long tenants = this.tenants - this.iterationTenants;
		long allowed = this.tenantsAllowed - this.iterationTenantsAllowed;
		System.out.printf(Locale.ROOT,
				"%nflood %s %s, %s iteration: %d of %d new tenants allowed on their first "
						+ "preflight (%.0f%%); %d lookups%n",
				this.stack, this.flood, iteration.getType().toString().toLowerCase(Locale.ROOT), allowed, tenants,
				(tenants > 0) ? 100.0 * allowed / tenants : 0.0, resolverStatus().lookups() - this.iterationLookups);
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		System.out.printf(Locale.ROOT,
				"%nflood %s %s, whole trial: %d of %d new tenants allowed on their first "
						+ "preflight; %,d preflights; %s%n",
				this.stack, this.flood, this.tenantsAllowed, this.tenants, this.sent, resolverStatus());
		this.context.close();
	}

	/**
	 * One preflight of the flood, or, when its time has come, the first preflight of a
	 * new tenant.
	 * @return the answer's status, for JMH to consume
	 */
	@Benchmark
	public int preflight() throws Exception {
		long now = System.nanoTime();
		if (now - this.nextTenantAt >= 0) {
			this.nextTenantAt = now + TENANT_INTERVAL_NANOS;
			int status = status(this.filter.preflight("https://tenant" + this.tenants++ + ".resolver.example",
					BenchmarkRequests.BROWSER_REQUEST_HEADERS));
			if (status == 204) {
				this.tenantsAllowed++;
			}
			return status;
		}
		return status(this.filter.preflight(this.flood.origin(this.sent++), BenchmarkRequests.BROWSER_REQUEST_HEADERS));
	}

	private static int status(Object response) {
		return ResponseCheck.Answer.of(response).status();
	}

	private OriginResolverStatus resolverStatus() {
		return DynamicOriginBeans.resolverStatus(this.context);
	}

}
