package io.github.corsstarter.integration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the integration contracts share: one application per test class, started on a real
 * server by each stack's subclass with the contract's properties before the first test
 * and closed after the last; the tests send their requests to {@link #app()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningAppContract {

	/** The origin the contracts' policies allow: the sample client's. */
	static final String APP = "http://localhost:5173";

	private final String[] properties;

	private RunningApp app;

	RunningAppContract(String... properties) {
		this.properties = properties;
	}

	/**
	 * Starts the application on the subclass's stack, with the starter configured by
	 * {@code properties}.
	 */
	abstract RunningApp start(String... properties);

	@BeforeAll
	void startApp() {
		this.app = start(this.properties);
	}

	@AfterAll
	void stopApp() {
		this.app.close();
	}

	RunningApp app() {
		return this.app;
	}

}
