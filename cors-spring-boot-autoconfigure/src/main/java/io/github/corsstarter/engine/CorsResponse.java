package io.github.corsstarter.engine;

import java.util.Collection;

/**
 * What the engine writes to a response: headers only. The status and body of a
 * preflight's answer are read from the {@link CorsDecision} by the adapter, which writes
 * them its own way.
 */
public interface CorsResponse {

	/** Sets a header, replacing any value it had. */
	void setHeader(String name, String value);

	/** Adds a value to a header, keeping those it had. */
	void addHeader(String name, String value);

	boolean containsHeader(String name);

	/** Every value of a header, in order; empty if it is absent. */
	Collection<String> getHeaders(String name);

}
