package io.github.corsstarter.engine;

import java.util.HashMap;
import java.util.Map;
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
 * The starter's {@link SegmentIndex} against a {@code HashMap<String, PolicyRoute[]>}, as
 * {@code PolicyRoutes} finds a path's candidate routes on the hot path: the path's first
 * segment looked up among those of 1, 5 or 20 routes ({@code /api/**},
 * {@code /service1/**}, ...). The map's contender cuts the segment out of the path first.
 * Each invocation looks up four paths: two covered, one under a segment no route has, one
 * the root. The routes themselves are never read, so the arrays hold nulls. In package
 * {@code io.github.corsstarter.engine}, beside the package-private type, on the class
 * path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SegmentIndexBenchmark {

	private static final PolicyRoute[] NONE = {};

	private static final String[] PATHS = { "/api/notes/42", "/service4/orders", "/static/app.js", "/" };

	/** How many routes (each with its own first segment). */
	@Param({ "1", "5", "20" })
	public int routes;

	private SegmentIndex own;

	private Map<String, PolicyRoute[]> hashMap;

	@Setup
	public void setUp() {
		this.hashMap = new HashMap<>();
		this.hashMap.put("api", new PolicyRoute[1]);
		for (int i = 1; i < this.routes; i++) {
			this.hashMap.put("service" + i, new PolicyRoute[1]);
		}
		this.own = new SegmentIndex(this.hashMap);
		for (String path : PATHS) {
			if (this.own.routesFor(path).length != jdkRoutesFor(path).length) {
				throw new IllegalStateException("contenders disagree on " + path);
			}
		}
	}

	@Benchmark
	public int segmentIndex() {
		int found = 0;
		for (String path : PATHS) {
			found += this.own.routesFor(path).length;
		}
		return found;
	}

	@Benchmark
	public int hashMap() {
		int found = 0;
		for (String path : PATHS) {
			found += jdkRoutesFor(path).length;
		}
		return found;
	}

	/** What {@code SegmentIndex.routesFor} does, with the JDK's map. */
	private PolicyRoute[] jdkRoutesFor(String path) {
		int end = path.indexOf('/', 1);
		PolicyRoute[] found = this.hashMap.get(path.substring(1, (end < 0) ? path.length() : end));
		return (found != null) ? found : NONE;
	}

}
