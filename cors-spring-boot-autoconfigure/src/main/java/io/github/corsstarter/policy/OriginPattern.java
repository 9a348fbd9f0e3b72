package io.github.corsstarter.policy;

import org.jspecify.annotations.Nullable;

/**
 * A compiled origin pattern. Two wildcards exist, each compared structurally, never
 * through a regular expression:
 * <ul>
 * <li>a leading {@code *.} label wildcard: {@code https://*.example.com} matches one or
 * more labels under {@code example.com}, never {@code example.com} itself nor
 * {@code evilexample.com};</li>
 * <li>a port list: {@code http://localhost:[*]} matches any port (the default one
 * included), {@code http://localhost:[3000,5173]} those ports only.</li>
 * </ul>
 * Built from parts the runtime has already checked.
 */
public final class OriginPattern {

	private final String scheme;

	/**
	 * The exact host, or the suffix (with its leading dot) that a label wildcard stands
	 * before.
	 */
	private final String host;

	private final boolean labelWildcard;

	/**
	 * Allowed ports, {@link Origin#NO_PORT} standing for the default one; {@code null}
	 * for any.
	 */
	private final int @Nullable [] ports;

	private final String source;

	/**
	 * A pattern of checked parts.
	 * @param source the pattern as written
	 * @param host the exact host, or with a label wildcard the suffix it stands before,
	 * leading dot included
	 * @param ports the allowed ports, {@link Origin#NO_PORT} for the default one;
	 * {@code null} for any
	 */
	public OriginPattern(String source, String scheme, String host, boolean labelWildcard, int @Nullable [] ports) {
		this.source = source;
		this.scheme = scheme;
		this.host = host;
		this.labelWildcard = labelWildcard;
		this.ports = ports;
	}

	public boolean matches(Origin origin) {
		if (!this.scheme.equals(origin.scheme())) {
			return false;
		}
		String originHost = origin.host();
		boolean hostMatches = this.labelWildcard
				? originHost.length() > this.host.length() && originHost.endsWith(this.host)
				: originHost.equals(this.host);
		return hostMatches && (this.ports == null || contains(this.ports, origin.port()));
	}

	@Override
	public String toString() {
		return this.source;
	}

	private static boolean contains(int[] ports, int port) {
		for (int candidate : ports) {
			if (candidate == port) {
				return true;
			}
		}
		return false;
	}

}
