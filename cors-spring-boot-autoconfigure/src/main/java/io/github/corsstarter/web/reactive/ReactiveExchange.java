package io.github.corsstarter.web.reactive;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.engine.CorsResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * A WebFlux exchange as the engine reads and writes it: one object per request.
 */
final class ReactiveExchange extends CorsRequest implements CorsResponse, Consumer<Throwable>, Supplier<Mono<Void>> {

	private final ServerWebExchange exchange;

	private @Nullable CorsDecision reasserted;

	ReactiveExchange(ServerWebExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * This exchange as what, when the chain fails, has a decision's headers written again
	 * just before the error response commits: the exchange itself, so it allocates
	 * nothing.
	 */
	Consumer<Throwable> reassertingOnError(CorsDecision decision) {
		this.reasserted = decision;
		return this;
	}

	@Override
	public void accept(Throwable failure) {
		ServerHttpResponse response = this.exchange.getResponse();
		if (!response.isCommitted()) {
			response.beforeCommit(this);
		}
	}

	@Override
	public Mono<Void> get() {
		CorsDecision decision = this.reasserted;
		if (decision != null) {
			decision.writeHeaders(this, this);
		}
		return Mono.empty();
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
