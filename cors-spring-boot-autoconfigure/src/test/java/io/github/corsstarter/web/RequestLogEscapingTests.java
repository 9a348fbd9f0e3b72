package io.github.corsstarter.web;

import io.github.corsstarter.engine.CorsEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.corsstarter.web.TestRequest.preflight;
import static io.github.corsstarter.web.TestRequest.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request sends reaches the DEBUG log escaped, on both stacks: control characters
 * (C1 included, which some terminals obey) and line breaks can neither forge log lines
 * nor drive what displays them.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogEscapingTests {

	private static final String LOGGER = CorsEngine.class.getName();

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	private final CorsEngine engine = AdapterContractTests.engine();

	@BeforeEach
	void logDecisions() {
		this.logging.setLogLevel(LOGGER, LogLevel.DEBUG);
	}

	@AfterEach
	void stopLoggingDecisions() {
		this.logging.setLogLevel(LOGGER, null);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void controlCharactersFromTheRequestAreEscapedInTheLog(Stack stack, CapturedOutput output) throws Exception {
		stack.exchange(this.engine, preflight("/api/notes/1", "https://a\u0085b.example\u009b31m", "PUT", null));
		stack.exchange(this.engine, preflight("/api/notes/1", "http://localhost:5173", "PUT", "x-\u0085forged"));
		stack.exchange(this.engine, request("GET", "/api/notes", "https://evil.example\u007f\u0080"));
		assertThat(output.getOut()).contains("origin 'https://a\\u0085b.example\\u009b31m' is not allowed")
			.contains("header 'x-\\u0085forged' is not allowed")
			.contains("origin 'https://evil.example\\u007f\\u0080' is not allowed")
			.doesNotContain("\u0085")
			.doesNotContain("\u009b")
			.doesNotContain("\u007f")
			.doesNotContain("\u0080");
	}

}
