package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A policy keeps its resolver's lookup (and cache) while its resolver settings stay the
 * same; lookups no installed configuration uses are closed and forgotten.
 */
class OriginResolversTests {

	private static final String TENANT = "https://tenant.example";

	private final OriginResolvers resolvers;

	OriginResolversTests() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("tenants", (AllowedOriginResolver) (origin) -> origin.startsWith("https://tenant"));
		beans.registerSingleton("notAResolver", "a string");
		this.resolvers = new OriginResolvers(beans, Runnable::run);
	}

	@Test
	void keepsALookupWhileItsSettingsStayTheSame() {
		OriginLookup first = lookup(policy(Duration.ofMillis(250)));
		assertThat(first.name()).isEqualTo("tenants");
		assertThat(lookup(policy(Duration.ofMillis(250)))).isSameAs(first);
		assertThat(lookup(policy(Duration.ofMillis(300)))).isNotSameAs(first);
	}

	@Test
	void givesNoLookupForABeanThatIsMissingOrNoResolver() {
		CorsPolicySpec missing = new CorsPolicySpec();
		missing.getOriginResolver().setBean("partners");
		CorsPolicySpec wrongType = new CorsPolicySpec();
		wrongType.getOriginResolver().setBean("notAResolver");
		assertThat(this.resolvers.lookups(Map.of("a", missing, "b", wrongType, "c", new CorsPolicySpec()))).isEmpty();
	}

	@Test
	void closesAndForgetsTheLookupsTheInstalledConfigurationDoesNotUse() {
		OriginLookup old = lookup(policy(Duration.ofMillis(250)));
		OriginLookup current = lookup(policy(Duration.ofMillis(300)));
		this.resolvers.retainUsedBy(configurationUsing(current));
		assertThat(current.lookup(TENANT).join()).isTrue();
		assertClosed(old);
		assertThat(lookup(policy(Duration.ofMillis(300)))).isSameAs(current);
		OriginLookup again = lookup(policy(Duration.ofMillis(250)));
		assertThat(again).isNotSameAs(old);
		assertThat(again.lookup(TENANT).join()).isTrue();
	}

	@Test
	void closingClosesAndForgetsEveryLookup() {
		OriginLookup lookup = lookup(policy(Duration.ofMillis(250)));
		this.resolvers.close();
		assertClosed(lookup);
		assertThat(lookup(policy(Duration.ofMillis(250)))).isNotSameAs(lookup);
	}

	private OriginLookup lookup(CorsPolicySpec spec) {
		return this.resolvers.lookups(Map.of("api", spec)).get("api");
	}

	private static CorsPolicySpec policy(Duration timeout) {
		CorsPolicySpec spec = new CorsPolicySpec();
		spec.getOriginResolver().setBean("tenants");
		spec.getOriginResolver().setTimeout(timeout);
		return spec;
	}

	private static CompiledCorsConfiguration configurationUsing(OriginLookup lookup) {
		return PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", lookup)),
					PolicySpecs.named("api").originResolver("tenants"))
			.orThrow();
	}

	private static void assertClosed(OriginLookup lookup) {
		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> lookup.lookup("https://tenant-never-asked.example").join())
			.withCauseInstanceOf(RejectedExecutionException.class)
			.withMessageContaining("origin resolver 'tenants' is closed");
	}

}
