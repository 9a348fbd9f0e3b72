package io.github.corsstarter.policy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Why a CORS request was rejected, or {@link #NONE}: the one list of reasons that the
 * policy's checks return, the engine's decisions carry, metrics tag and the Actuator view
 * names.
 */
public enum Reason {

	NONE(null),

	/** The origin is not one the policy allows. */
	ORIGIN("origin not allowed"),

	/** The preflight asks for a method the policy does not allow. */
	METHOD("method not allowed"),

	/**
	 * The preflight asks for a header the policy does not allow, or a header name that is
	 * no token.
	 */
	HEADERS("request headers not allowed"),

	/**
	 * The {@code Access-Control-Request-Headers} list is longer than any browser sends;
	 * it was not read.
	 */
	HEADERS_TOO_LONG("request header list too long"),

	/** The request carries several {@code Origin} headers, which no browser sends. */
	SEVERAL_ORIGINS("origin not allowed"),

	/**
	 * The policy's origin resolver could not answer for this request (it failed, was too
	 * slow, or too many lookups run already), which means "not allowed".
	 */
	ORIGIN_LOOKUP_FAILED("origin not allowed"),

	/**
	 * The policy's cross-origin protection refused a request with an unsafe method from
	 * another origin that it does not allow: the only reason an actual request is refused
	 * (403) rather than passed on without CORS headers.
	 */
	CROSS_ORIGIN_REQUEST("Cross-origin request rejected: ", "origin not allowed to send this request");

	/**
	 * A rejection's body, one line naming the reason, built once: a flood of refused
	 * lookups must not build it for each. The details go to the DEBUG log, not the
	 * client.
	 */
	private final byte[] body;

	Reason(@Nullable String phrase) {
		this("CORS preflight rejected: ", phrase);
	}

	Reason(String rejected, @Nullable String phrase) {
		this.body = (phrase != null) ? (rejected + phrase + "\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	/** The reason's name as a metric tag or JSON value: {@code headers-too-long}. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether only a preflight is rejected for this reason: it concerns what a preflight
	 * asks for (a method, request headers), which an actual request does not ask.
	 */
	public boolean isPreflightOnly() {
		return this == METHOD || this == HEADERS || this == HEADERS_TOO_LONG;
	}

	/**
	 * Whether only an actual request is refused for this reason: cross-origin protection
	 * concerns what a request does, and a preflight does nothing.
	 */
	public boolean isActualOnly() {
		return this == CROSS_ORIGIN_REQUEST;
	}

	/**
	 * The body of a request answered with a rejection for this reason (a preflight, or a
	 * request refused by cross-origin protection); empty for {@link #NONE}.
	 */
	public byte[] body() {
		return this.body;
	}

}
