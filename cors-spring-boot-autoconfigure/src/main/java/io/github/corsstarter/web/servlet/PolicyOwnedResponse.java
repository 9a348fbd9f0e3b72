package io.github.corsstarter.web.servlet;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsHeaders;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response the rest of the chain gets for an actual CORS request on a covered path:
 * the decision's headers are already on it, and it keeps them the only ones. A write of
 * an {@code Access-Control-*} or {@code Timing-Allow-Origin} header from behind the
 * filter (Spring's handler-level CORS for {@code @CrossOrigin} or a {@code CorsRegistry},
 * the application, a relayed response) is dropped, a {@code Vary} that replaces the field
 * gets the decision's names back, and a {@code reset()} the decision's headers. Dropping
 * rather than checking at the end is what makes it hold when the application commits the
 * response early, by flushing it by hand or streaming it.
 */
final class PolicyOwnedResponse extends HttpServletResponseWrapper {

	private final CorsDecision decision;

	private final ServletExchange exchange;

	PolicyOwnedResponse(ServletExchange exchange, CorsDecision decision) {
		super(exchange.response());
		this.exchange = exchange;
		this.decision = decision;
	}

	/**
	 * The response the chain gets: guarded when the decision owns the CORS headers, the
	 * container's own otherwise.
	 */
	static HttpServletResponse of(ServletExchange exchange, CorsDecision decision) {
		return decision.ownsResponseHeaders() ? new PolicyOwnedResponse(exchange, decision) : exchange.response();
	}

	@Override
	public void setHeader(String name, String value) {
		if (isOwned(name)) {
			return;
		}
		super.setHeader(name, value);
		if (CorsHeaders.VARY.equalsIgnoreCase(name)) {
			this.decision.writeVary(this.exchange);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!isOwned(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!isOwned(name)) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (!isOwned(name)) {
			super.addIntHeader(name, value);
		}
	}

	@Override
	public void setDateHeader(String name, long date) {
		if (!isOwned(name)) {
			super.setDateHeader(name, date);
		}
	}

	@Override
	public void addDateHeader(String name, long date) {
		if (!isOwned(name)) {
			super.addDateHeader(name, date);
		}
	}

	/** A reset clears every header: the decision's are written again. */
	@Override
	public void reset() {
		super.reset();
		this.decision.writeHeaders(this.exchange, this.exchange);
	}

	private static boolean isOwned(String name) {
		return name != null && CorsHeaders.isOwnedByPolicy(name);
	}

}
