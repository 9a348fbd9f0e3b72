package io.github.corsstarter.web.reactive;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsHeaders;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.engine.CorsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

/**
 * A WebFlux exchange as the engine reads and writes it: one object per request.
 */
final class ReactiveExchange extends CorsRequest implements CorsResponse, Supplier<Mono<Void>> {

	private final ServerWebExchange exchange;

	private @Nullable CorsDecision asserted;

	/**
	 * The policy-owned headers the decision wrote, name and value in turn, once
	 * {@link #owning} asked for them: at commit, a response that still holds exactly
	 * these needs no rewrite.
	 */
	private String @Nullable [] ownedWrites;

	/** Slots used in {@link #ownedWrites}; -1 once more were written than it holds. */
	private int ownedWriteCount;

	/** The policy-owned headers found as written, while {@link #inspect} runs. */
	private int ownedFoundAsWritten;

	/** Whether {@link #inspect} found a policy-owned header not as written. */
	private boolean ownedChanged;

	ReactiveExchange(ServerWebExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * This exchange as the commit action that asserts a decision again just before the
	 * response commits: the exchange itself, so it allocates nothing. Used when the chain
	 * failed: the error handlers answer on the original exchange's response.
	 */
	Supplier<Mono<Void>> assertingAtCommit(CorsDecision decision) {
		this.asserted = decision;
		return this;
	}

	/**
	 * The response the chain writes to, which asserts the decision whenever it starts to
	 * be written.
	 */
	ServerWebExchange owning(CorsDecision decision) {
		this.asserted = decision;
		ServerHttpResponse owned = new PolicyOwnedServerResponse(this.exchange.getResponse(), this);
		return new ServerWebExchangeDecorator(this.exchange) {

			@Override
			public ServerHttpResponse getResponse() {
				return owned;
			}

		};
	}

	/**
	 * Keeps the policy-owned headers the decision writes from now on, so that
	 * {@link #assertDecision} can tell whether anything changed them since.
	 */
	void recordOwnedWrites() {
		this.ownedWrites = new String[8];
		this.ownedWriteCount = 0;
	}

	@Override
	public Mono<Void> get() {
		assertDecision();
		return Mono.empty();
	}

	/**
	 * Removes every CORS header written since the decision (Fetch lets a browser refuse a
	 * response with two {@code Access-Control-Allow-Origin} values, and any one not the
	 * policy's is a grant it did not make), then writes the decision's again, adding its
	 * {@code Vary} names to whatever {@code Vary} the response has now.
	 */
	void assertDecision() {
		CorsDecision decision = this.asserted;
		if (decision == null) {
			return;
		}
		HttpHeaders headers = responseHeaders();
		if (ownedHeadersAsWritten(headers)) {
			// The common case, checked in one pass without copying names: nothing wrote
			// an owned header since, so only Vary may need its names back.
			decision.writeVary(this);
			return;
		}
		List<String> owned = null;
		for (String name : headers.headerNames()) {
			if (CorsHeaders.isOwnedByPolicy(name)) {
				owned = (owned != null) ? owned : new ArrayList<>(4);
				owned.add(name);
			}
		}
		if (owned != null) {
			owned.forEach(headers::remove);
		}
		if (this.ownedWrites != null) {
			this.ownedWriteCount = 0;
		}
		decision.writeHeaders(this, this);
	}

	/**
	 * Whether the response holds exactly the policy-owned headers the decision wrote: the
	 * same names, each with its one value, and no other.
	 */
	private boolean ownedHeadersAsWritten(HttpHeaders headers) {
		if (this.ownedWrites == null || this.ownedWriteCount < 0) {
			return false;
		}
		this.ownedFoundAsWritten = 0;
		this.ownedChanged = false;
		headers.forEach(this::inspect);
		return !this.ownedChanged && this.ownedFoundAsWritten * 2 == this.ownedWriteCount;
	}

	private void inspect(String name, List<String> values) {
		if (!CorsHeaders.isOwnedByPolicy(name)) {
			return;
		}
		String[] writes = this.ownedWrites;
		for (int i = 0; writes != null && i < this.ownedWriteCount; i += 2) {
			if (writes[i].equalsIgnoreCase(name)) {
				if (values.size() == 1 && writes[i + 1].equals(values.get(0))) {
					this.ownedFoundAsWritten++;
					return;
				}
				break;
			}
		}
		this.ownedChanged = true;
	}

	/** The path without the context (base) path, as received, not decoded. */
	@Override
	protected String readPath() {
		return this.exchange.getRequest().getPath().pathWithinApplication().value();
	}

	@Override
	protected String readMethod() {
		return this.exchange.getRequest().getMethod().name();
	}

	@Override
	protected @Nullable String readHeader(String name) {
		return requestHeaders().getFirst(name);
	}

	/**
	 * From the request URI, which WebFlux builds from the {@code Host} header and, with
	 * {@code server.forward-headers-strategy} set, from forwarded headers (Reactor
	 * Netty's own handling, or Spring's {@code ForwardedHeaderTransformer} ahead of every
	 * filter).
	 */
	@Override
	protected @Nullable String readOwnOrigin() {
		URI uri = this.exchange.getRequest().getURI();
		return serializeOrigin(uri.getScheme(), uri.getHost(), uri.getPort());
	}

	@Override
	protected @Nullable String readHeaderLines(String name) {
		List<String> lines = requestHeaders().get(name);
		return (lines != null) ? combine(lines.iterator()) : null;
	}

	@Override
	protected boolean hasSeveralValues(String name) {
		List<String> values = requestHeaders().get(name);
		return values != null && values.size() > 1;
	}

	private HttpHeaders requestHeaders() {
		ServerHttpRequest request = this.exchange.getRequest();
		return request.getHeaders();
	}

	@Override
	public void setHeader(String name, String value) {
		responseHeaders().set(name, value);
		String[] writes = this.ownedWrites;
		if (writes != null && this.ownedWriteCount >= 0 && CorsHeaders.isOwnedByPolicy(name)) {
			if (this.ownedWriteCount == writes.length) {
				this.ownedWriteCount = -1;
				return;
			}
			writes[this.ownedWriteCount++] = name;
			writes[this.ownedWriteCount++] = value;
		}
	}

	@Override
	public void addHeader(String name, String value) {
		responseHeaders().add(name, value);
	}

	@Override
	public boolean containsHeader(String name) {
		return responseHeaders().containsHeader(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return responseHeaders().getOrEmpty(name);
	}

	private HttpHeaders responseHeaders() {
		return this.exchange.getResponse().getHeaders();
	}

	@Override
	protected void nameObservation(String pathPattern) {
		if (this.exchange.getAttribute(
				ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE) instanceof ServerRequestObservationContext observation) {
			observation.setPathPattern(pathPattern);
		}
	}

}
