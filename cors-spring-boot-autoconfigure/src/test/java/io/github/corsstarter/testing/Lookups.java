package io.github.corsstarter.testing;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.corsstarter.policy.OriginLookup;

/**
 * An origin resolver named {@code tenants} for engine tests: it knows no origin in
 * advance, so every request asks it, and each lookup gets the answer set last.
 */
public final class Lookups implements OriginLookup {

	private volatile Supplier<CompletableFuture<Boolean>> answer;

	private Lookups(Supplier<CompletableFuture<Boolean>> answer) {
		this.answer = answer;
	}

	/** A resolver whose every lookup returns this future. */
	public static Lookups answering(CompletableFuture<Boolean> answer) {
		return new Lookups(() -> answer);
	}

	/**
	 * A resolver whose every lookup returns what the supplier gives, a new future each.
	 */
	public static Lookups answering(Supplier<CompletableFuture<Boolean>> answer) {
		return new Lookups(answer);
	}

	/** From now on every lookup returns this future. */
	public void answer(CompletableFuture<Boolean> answer) {
		this.answer = () -> answer;
	}

	@Override
	public String name() {
		return "tenants";
	}

	@Override
	public Known known(String origin) {
		return Known.UNKNOWN;
	}

	@Override
	public CompletableFuture<Boolean> lookup(String origin) {
		return this.answer.get();
	}

}
