package io.github.corsstarter.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsDecisionObserver;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.policy.CorsPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The most recent rejections, at most {@value #CAPACITY}, newest first: a ring written
 * without locks, so a flood of hostile requests costs each only its own entry and never
 * blocks another.
 */
public final class RecentRejections implements CorsDecisionObserver {

	static final int CAPACITY = 50;

	private final AtomicReferenceArray<Rejection> ring = new AtomicReferenceArray<>(CAPACITY);

	private final AtomicLong written = new AtomicLong();

	private final Clock clock;

	public RecentRejections(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onDecision(CorsDecision decision, CorsRequest request) {
		if (!decision.isRejected()) {
			return;
		}
		CorsPolicy policy = decision.policy();
		Rejection rejection = new Rejection(this.clock.instant(), (policy != null) ? policy.name() : null,
				decision.kind().tag(), RequestValues.shown(request.origin()), RequestValues.shown(request.method()),
				RequestValues.shown(request.path()), decision.reason().tag(),
				RequestValues.shown(decision.explain(request)));
		this.ring.set((int) (this.written.getAndIncrement() % CAPACITY), rejection);
	}

	/** The recorded rejections, newest first. */
	public List<Rejection> newestFirst() {
		long written = this.written.get();
		List<Rejection> rejections = new ArrayList<>(CAPACITY);
		for (long i = written - 1; i >= 0 && i >= written - CAPACITY; i--) {
			Rejection rejection = this.ring.get((int) (i % CAPACITY));
			if (rejection != null) {
				rejections.add(rejection);
			}
		}
		return rejections;
	}

	/**
	 * One rejected request; every value from the request is capped and escaped.
	 *
	 * @param time when it was decided
	 * @param policy the policy that covered it
	 * @param kind {@code preflight} or {@code actual}
	 * @param origin its {@code Origin}
	 * @param method its method
	 * @param path its path within the application
	 * @param reason the reason, as the {@code cors.requests} metric tags it
	 * @param explanation the reason in the words of the DEBUG log
	 */
	public record Rejection(Instant time, @Nullable String policy, String kind, @Nullable String origin,
			@Nullable String method, @Nullable String path, String reason, @Nullable String explanation) {
	}

}
