package io.github.corsstarter.policy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What compiling a policy needs besides the spec itself: the Public Suffix List that label wildcards are checked
 * against. The list is read only if a pattern needs it, and at most once per context.
 */
public final class CompileContext {

	private final Supplier<PublicSuffixList> publicSuffixList;

	private PublicSuffixList loaded;

	private CompileContext(Supplier<PublicSuffixList> publicSuffixList) {
		this.publicSuffixList = Objects.requireNonNull(publicSuffixList, "publicSuffixList");
	}

	/** Checks wildcards against the Public Suffix List snapshot bundled with the starter. */
	public static CompileContext withBundledPublicSuffixList() {
		return new CompileContext(PublicSuffixList::bundled);
	}

	/** Checks wildcards against another copy of the Public Suffix List, such as a newer one read from a file. */
	public static CompileContext withPublicSuffixList(PublicSuffixList publicSuffixList) {
		Objects.requireNonNull(publicSuffixList, "publicSuffixList");
		return new CompileContext(() -> publicSuffixList);
	}

	synchronized PublicSuffixList publicSuffixList() {
		if (this.loaded == null) {
			this.loaded = this.publicSuffixList.get();
		}
		return this.loaded;
	}

}
