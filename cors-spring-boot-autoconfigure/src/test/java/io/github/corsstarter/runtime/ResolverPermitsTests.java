package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

import io.github.corsstarter.origins.AllowedOriginResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A lookup gives its permit back when its answer comes, whether the resolver answered or
 * threw, so that one lookup at a time still serves one origin after another.
 */
class ResolverPermitsTests {

	private final List<String> asked = new ArrayList<>();

	private final CachingOriginLookup lookup = new CachingOriginLookup(
			new CachingOriginLookup.ResolverSettings("tenants", Duration.ofSeconds(1), Duration.ofMinutes(1),
					Duration.ofMinutes(1), 100, 1, 100),
			() -> (AllowedOriginResolver) (origin) -> {
				this.asked.add(origin);
				if (origin.contains("broken")) {
					throw new IllegalStateException("no such tenant table");
				}
				return origin.startsWith("https://tenant");
			}, Runnable::run);

	@Test
	void oneLookupAtATimeServesOriginAfterOrigin() {
		assertThat(this.lookup.name()).isEqualTo("tenants");
		assertThat(this.lookup.lookup("https://tenant1.example").join()).isTrue();
		assertThat(this.lookup.lookup("https://other.example").join()).isFalse();
		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> this.lookup.lookup("https://broken.example").join())
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(this.lookup.lookup("https://tenant2.example").join()).isTrue();
		assertThat(this.asked).containsExactly("https://tenant1.example", "https://other.example",
				"https://broken.example", "https://tenant2.example");
	}

	@Test
	void aClosedLookupGivesItsPermitBack() {
		this.lookup.close();
		for (String origin : List.of("https://tenant1.example", "https://tenant2.example")) {
			assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> this.lookup.lookup(origin).join())
				.withCauseInstanceOf(RejectedExecutionException.class)
				.withMessageContaining("origin resolver 'tenants' is closed");
		}
		assertThat(this.asked).isEmpty();
	}

}
