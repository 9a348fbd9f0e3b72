package io.github.corsstarter.web.reactive;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * The response the rest of the chain gets for an actual CORS request on a covered path:
 * each way of starting to write it (a body, a stream, an empty completion) asserts the
 * decision first, over any CORS header written since (handler-level CORS, the
 * application, a gateway's copy of a downstream response). Done where the write is asked
 * for rather than as a {@code beforeCommit} action, which makes every commit assemble a
 * chain of publishers: that doubled the time of an allowed request in the benchmarks.
 */
final class PolicyOwnedServerResponse extends ServerHttpResponseDecorator {

	private final ReactiveExchange view;

	PolicyOwnedServerResponse(ServerHttpResponse delegate, ReactiveExchange view) {
		super(delegate);
		this.view = view;
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		this.view.assertDecision();
		return super.writeWith(body);
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
		this.view.assertDecision();
		return super.writeAndFlushWith(body);
	}

	@Override
	public Mono<Void> setComplete() {
		this.view.assertDecision();
		return super.setComplete();
	}

}
