package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.runtime.CorsProperties;
import io.github.corsstarter.runtime.OriginResolverSpec;
import io.github.corsstarter.runtime.OriginSourceSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * What a native image needs that static analysis cannot see: the bundled Public Suffix
 * List, read as a resource, and the {@code cors.*} property types, bound by reflection
 * (at startup and on each reload, not as a bean).
 */
class CorsRuntimeHints implements RuntimeHintsRegistrar {

	static final String PUBLIC_SUFFIX_LIST = "io/github/corsstarter/runtime/public_suffix_list.dat.gz";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(PUBLIC_SUFFIX_LIST);
		// The settings groups are top-level types in the Spring-free policy layer, so
		// they
		// are named here rather than found as nested classes.
		BindableRuntimeHintsRegistrar.forTypes(CorsProperties.class, OriginSourceSpec.class, OriginResolverSpec.class)
			.registerHints(hints, classLoader);
	}

}
