package io.github.corsstarter.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * What compiling a policy needs besides the spec itself: the Public Suffix List that
 * label wildcards are checked against (read only if a pattern needs it, and at most once
 * per context), and the origin sources and resolvers that policies name.
 */
public final class CompileContext {

	private final Supplier<PublicSuffixList> publicSuffixList;

	private final Function<String, Optional<ListedOrigins>> listedOrigins;

	private final BiFunction<String, CorsPolicySpec.OriginResolver, Optional<OriginLookup>> originLookups;

	private @Nullable PublicSuffixList loaded;

	private CompileContext(Supplier<PublicSuffixList> publicSuffixList,
			Function<String, Optional<ListedOrigins>> listedOrigins,
			BiFunction<String, CorsPolicySpec.OriginResolver, Optional<OriginLookup>> originLookups) {
		this.publicSuffixList = publicSuffixList;
		this.listedOrigins = listedOrigins;
		this.originLookups = originLookups;
	}

	/**
	 * Checks wildcards against the Public Suffix List snapshot bundled with the starter;
	 * no origin source.
	 */
	public static CompileContext withBundledPublicSuffixList() {
		return new CompileContext(PublicSuffixList::bundled, (source) -> Optional.empty(),
				(policy, resolver) -> Optional.empty());
	}

	/**
	 * Checks wildcards against another copy of the Public Suffix List, such as a newer
	 * one read from a file.
	 */
	public static CompileContext withPublicSuffixList(PublicSuffixList publicSuffixList) {
		Objects.requireNonNull(publicSuffixList, "publicSuffixList");
		return withBundledPublicSuffixList().withPublicSuffixList(() -> publicSuffixList);
	}

	private CompileContext withPublicSuffixList(Supplier<PublicSuffixList> publicSuffixList) {
		return new CompileContext(publicSuffixList, this.listedOrigins, this.originLookups);
	}

	/**
	 * This context, with the origins that named origin sources currently list.
	 * @param listedOrigins the snapshot of a source by its name, or empty if there is no
	 * source of that name
	 */
	public CompileContext withListedOrigins(Function<String, Optional<ListedOrigins>> listedOrigins) {
		return new CompileContext(this.publicSuffixList, Objects.requireNonNull(listedOrigins, "listedOrigins"),
				this.originLookups);
	}

	/**
	 * This context, with the lookups of named origin resolvers.
	 * @param originLookups the lookup for a policy's resolver settings, or empty if there
	 * is no resolver of that name
	 */
	public CompileContext withOriginLookups(
			BiFunction<String, CorsPolicySpec.OriginResolver, Optional<OriginLookup>> originLookups) {
		return new CompileContext(this.publicSuffixList, this.listedOrigins,
				Objects.requireNonNull(originLookups, "originLookups"));
	}

	synchronized PublicSuffixList publicSuffixList() {
		PublicSuffixList list = this.loaded;
		if (list == null) {
			list = this.publicSuffixList.get();
			this.loaded = list;
		}
		return list;
	}

	Optional<ListedOrigins> listedOrigins(String source) {
		return this.listedOrigins.apply(source);
	}

	Optional<OriginLookup> originLookup(String policy, CorsPolicySpec.OriginResolver resolver) {
		return this.originLookups.apply(policy, resolver);
	}

}
