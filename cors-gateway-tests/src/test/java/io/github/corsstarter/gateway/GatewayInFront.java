package io.github.corsstarter.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the gateway tests of both variants share: the {@link Downstream} service and a
 * gateway with the starter in front of it, both started on free ports before the first
 * test and closed after the last; the tests send their requests through
 * {@link #client()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayInFront {

	private final WebApplicationType stack;

	private final String[] downstreamProperties;

	private ConfigurableApplicationContext downstream;

	private ConfigurableApplicationContext gateway;

	private GatewayClient client;

	/**
	 * @param stack the gateway's stack, which the service runs on too
	 * @param downstreamProperties the service's own, such as the gateway switched off
	 */
	protected GatewayInFront(WebApplicationType stack, String... downstreamProperties) {
		this.stack = stack;
		this.downstreamProperties = downstreamProperties;
	}

	/**
	 * Starts the gateway on a free port with its routes to the service and the starter's
	 * policies.
	 * @param downstreamUri the service's base URI, for the routes
	 */
	protected abstract ConfigurableApplicationContext startGateway(String downstreamUri);

	@BeforeAll
	void start() {
		this.downstream = Downstream.start(this.stack, this.downstreamProperties);
		this.gateway = startGateway(
				"http://localhost:" + this.downstream.getEnvironment().getProperty("local.server.port"));
		this.client = new GatewayClient(this.gateway);
	}

	@AfterAll
	void stop() {
		this.gateway.close();
		this.downstream.close();
	}

	protected GatewayClient client() {
		return this.client;
	}

}
