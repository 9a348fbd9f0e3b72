package io.github.corsstarter.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.OriginLookup;
import org.jspecify.annotations.Nullable;

/**
 * What compiling a policy needs besides the spec itself, all passed in as values: the
 * Public Suffix List that label wildcards are checked against (read only if a pattern
 * needs it, and at most once per context), what each origin source lists now, and the
 * lookup of each policy's origin resolver.
 */
public final class CompileContext {

	private final Supplier<PublicSuffixList> publicSuffixList;

	private final Map<String, ListedOrigins> listedOrigins;

	private final Map<String, OriginLookup> originLookups;

	private @Nullable PublicSuffixList loaded;

	private CompileContext(Supplier<PublicSuffixList> publicSuffixList, Map<String, ListedOrigins> listedOrigins,
			Map<String, OriginLookup> originLookups) {
		this.publicSuffixList = publicSuffixList;
		this.listedOrigins = Map.copyOf(listedOrigins);
		this.originLookups = Map.copyOf(originLookups);
	}

	/**
	 * Checks wildcards against the Public Suffix List snapshot bundled with the starter;
	 * no origin source, no origin resolver.
	 */
	public static CompileContext withBundledPublicSuffixList() {
		return new CompileContext(PublicSuffixList::bundled, Map.of(), Map.of());
	}

	/**
	 * Checks wildcards against another copy of the Public Suffix List, such as a newer
	 * one read from a file.
	 */
	static CompileContext withPublicSuffixList(PublicSuffixList publicSuffixList) {
		Objects.requireNonNull(publicSuffixList, "publicSuffixList");
		return new CompileContext(() -> publicSuffixList, Map.of(), Map.of());
	}

	/**
	 * This context, with what the origin sources list now.
	 * @param listedOrigins each source's snapshot, by the source's name; a policy naming
	 * a source that is not here is an error
	 */
	public CompileContext withListedOrigins(Map<String, ListedOrigins> listedOrigins) {
		return new CompileContext(this.publicSuffixList, listedOrigins, this.originLookups);
	}

	/**
	 * This context, with the lookups of the policies' origin resolvers.
	 * @param originLookups each lookup, by the name of the policy that uses it; a policy
	 * naming a resolver without a lookup here is an error
	 */
	public CompileContext withOriginLookups(Map<String, OriginLookup> originLookups) {
		return new CompileContext(this.publicSuffixList, this.listedOrigins, originLookups);
	}

	synchronized PublicSuffixList publicSuffixList() {
		PublicSuffixList list = this.loaded;
		if (list == null) {
			list = this.publicSuffixList.get();
			this.loaded = list;
		}
		return list;
	}

	@Nullable ListedOrigins listedOrigins(String source) {
		return this.listedOrigins.get(source);
	}

	@Nullable OriginLookup originLookup(String policy) {
		return this.originLookups.get(policy);
	}

}
