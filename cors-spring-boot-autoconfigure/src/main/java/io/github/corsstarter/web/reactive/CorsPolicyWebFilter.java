package io.github.corsstarter.web.reactive;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsEngine;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The WebFlux adapter of the {@link CorsEngine}: it reads the request, asks the engine,
 * and writes what the engine decided, exactly as the servlet filter does.
 * <ul>
 * <li>a preflight on a covered path is answered here, 204 or 403, without calling the
 * rest of the chain (authentication included); so is, with 403, a request refused by the
 * policy's cross-origin protection;</li>
 * <li>any other request on a covered path gets its CORS headers before the chain runs;
 * for a request with an {@code Origin} the decision is asserted again just before the
 * response commits: any {@code Access-Control-*} or {@code Timing-Allow-Origin} header
 * written since (handler-level CORS, the application, a proxied response) is replaced by
 * the decision's, and {@code Vary} gets its names back, so neither an error handler that
 * rebuilt the response nor a handler's own headers can change the answer;</li>
 * <li>requests on uncovered paths pass untouched.</li>
 * </ul>
 * Its default order is one less than Spring Security's {@code WebFilterChainProxy}
 * ({@code -100}).
 */
public final class CorsPolicyWebFilter implements WebFilter, Ordered {

	/**
	 * The order of Spring Security's {@code WebFilterChainProxy}
	 * ({@code WebFluxSecurityConfiguration}'s {@code WEB_FILTER_CHAIN_FILTER_ORDER},
	 * which is not public).
	 */
	public static final int SECURITY_WEB_FILTER_ORDER = -100;

	/** Just ahead of Spring Security's web filter chain. */
	public static final int DEFAULT_ORDER = SECURITY_WEB_FILTER_ORDER - 1;

	private final CorsEngine engine;

	private final int order;

	public CorsPolicyWebFilter(CorsEngine engine) {
		this(engine, DEFAULT_ORDER);
	}

	public CorsPolicyWebFilter(CorsEngine engine, int order) {
		this.engine = engine;
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ReactiveExchange view = new ReactiveExchange(exchange);
		CorsDecision decision = this.engine.decide(view);
		if (decision.isPending()) {
			// The origin resolver answers on its own threads; the chain goes on off them,
			// never blocking an event loop.
			return Mono.fromFuture(decision.resolution())
				.publishOn(Schedulers.parallel())
				.flatMap((resolved) -> apply(resolved, view, exchange, chain));
		}
		return apply(decision, view, exchange, chain);
	}

	private Mono<Void> apply(CorsDecision decision, ReactiveExchange view, ServerWebExchange exchange,
			WebFilterChain chain) {
		if (!decision.isCovered()) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		if (decision.ownsResponseHeaders()) {
			view.recordOwnedWrites();
		}
		decision.writeHeaders(view, view);
		this.engine.record(decision, view);
		if (decision.isAnsweredHere()) {
			response.setStatusCode(HttpStatusCode.valueOf(decision.status()));
			byte[] body = decision.body();
			Mono<Void> answer = Mono.defer(() -> (body.length == 0) ? response.setComplete()
					: response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body))));
			if (view.mayCarryLongBody()) {
				// Answered without reading the body, which may be of any length: the
				// connection cannot carry another request after it.
				response.getHeaders().set("Connection", "close");
				return answer;
			}
			// A short body is read to its end first: Reactor Netty (1.3.7 here) left the
			// next request on a kept-alive connection unanswered after a response sent
			// before the request's (empty) body was read.
			return exchange.getRequest().getBody().map(DataBufferUtils::release).then(answer);
		}
		if (!decision.ownsResponseHeaders()) {
			return chain.filter(exchange);
		}
		// Whoever writes the response (the handler, a gateway relaying a downstream
		// answer, a stream's first flush), the decision is asserted again as it starts,
		// over any CORS header written since. A failed chain is answered by an error
		// handler (Boot's ErrorWebExceptionHandler, any WebExceptionHandler) on the
		// original response, which may be rebuilt: only then does it get a commit action.
		return chain.filter(view.owning(decision)).doOnError((failure) -> {
			if (!response.isCommitted()) {
				response.beforeCommit(view.assertingAtCommit(decision));
			}
		});
	}

}
