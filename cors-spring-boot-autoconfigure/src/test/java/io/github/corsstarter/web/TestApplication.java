package io.github.corsstarter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * What the application behind the filter does with a request, as a test table writes it:
 * the headers it writes (set or added, in order), its status, and how it ends the
 * response. {@link Stack} plays it on each stack's own response type.
 *
 * @param status the status it answers with
 * @param writes the header writes, in order
 * @param ending how it ends the response
 */
public record TestApplication(int status, List<HeaderWrite> writes, Ending ending) {

	/** An application that answers 200 and writes no header. */
	public static final TestApplication OK = new TestApplication(200, List.of(), Ending.COMPLETE);

	private static final String FIRST_PART = "first part";

	private static final String REST = ", then the rest";

	/** An application that answers with a status and no header. */
	public static TestApplication answering(int status) {
		return new TestApplication(status, List.of(), Ending.COMPLETE);
	}

	/** The same application, setting a header (replacing the values it had). */
	public TestApplication setting(String name, String value) {
		return with(new HeaderWrite(name, value, true));
	}

	/** The same application, adding a value to a header. */
	public TestApplication adding(String name, String value) {
		return with(new HeaderWrite(name, value, false));
	}

	/**
	 * The same application, removing a header ({@code setHeader} with {@code null} on a
	 * servlet response).
	 */
	public TestApplication removing(String name) {
		return with(new HeaderWrite(name, null, true));
	}

	/** The same application, ending the response another way. */
	public TestApplication ending(Ending ending) {
		return new TestApplication(this.status, this.writes, ending);
	}

	/** The body it sends, as a client reads it. */
	public String body() {
		return (this.ending == Ending.FLUSHES_EARLY) ? FIRST_PART + REST : "";
	}

	/**
	 * Answers on a servlet response: the status, the header writes, and, if it flushes
	 * early, a body committed after its first part. Also the error page's answer.
	 */
	void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(this.status);
		for (HeaderWrite write : this.writes) {
			if (write.replaces()) {
				response.setHeader(write.name(), write.value());
			}
			else {
				response.addHeader(write.name(), write.value());
			}
		}
		if (this.ending == Ending.FLUSHES_EARLY) {
			response.getWriter().write(FIRST_PART);
			response.flushBuffer();
			response.getWriter().write(REST);
		}
	}

	/** Answers on a WebFlux response, or fails. */
	Mono<Void> writeTo(ServerHttpResponse response) {
		if (this.ending == Ending.FAILS) {
			return Mono.error(new IllegalStateException("the application failed"));
		}
		answer(response);
		if (this.ending == Ending.FLUSHES_EARLY) {
			return response.writeAndFlushWith(
					Flux.just(Flux.just(buffer(response, FIRST_PART)), Flux.just(buffer(response, REST))));
		}
		return response.setComplete();
	}

	/** Answers a failed chain as a {@code WebExceptionHandler} would. */
	Mono<Void> answerError(ServerHttpResponse response) {
		answer(response);
		return response.setComplete();
	}

	private void answer(ServerHttpResponse response) {
		response.setStatusCode(HttpStatusCode.valueOf(this.status));
		for (HeaderWrite write : this.writes) {
			if (write.value() == null) {
				response.getHeaders().remove(write.name());
			}
			else if (write.replaces()) {
				response.getHeaders().set(write.name(), write.value());
			}
			else {
				response.getHeaders().add(write.name(), write.value());
			}
		}
	}

	private static DataBuffer buffer(ServerHttpResponse response, String text) {
		return response.bufferFactory().wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	private TestApplication with(HeaderWrite write) {
		List<HeaderWrite> writes = new ArrayList<>(this.writes);
		writes.add(write);
		return new TestApplication(this.status, List.copyOf(writes), this.ending);
	}

	/**
	 * One header write: {@code setHeader} if {@code replaces}, else {@code addHeader};
	 * without a value, a removal.
	 */
	public record HeaderWrite(String name, @Nullable String value, boolean replaces) {
	}

	/** How the application ends the response once its headers are written. */
	public enum Ending {

		/** It completes the response: the stack commits it afterwards. */
		COMPLETE,

		/**
		 * It commits the response itself, by hand, with a first part of the body, and
		 * then tries to write more CORS headers.
		 */
		FLUSHES_EARLY,

		/**
		 * It fails; an error handler after the filter answers with the status and the
		 * headers instead (Boot's error page on the servlet stack, a
		 * {@code WebExceptionHandler} on WebFlux).
		 */
		FAILS

	}

}
