package io.github.corsstarter.integration;

import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured API on Netty, with Spring WebFlux and Spring Security's reactive
 * {@code WebFilterChainProxy}: the same assertions as on the servlet stack.
 */
class ReactiveSecuredApiIntegrationTests extends SecuredApiContract {

	@Override
	RunningApp start(String... properties) {
		RunningApp app = RunningApp.startReactive(ReactiveNotesTestApplication.class, properties);
		assertThat(((WebServerApplicationContext) app.context()).getWebServer()).isInstanceOf(NettyWebServer.class);
		return app;
	}

}
