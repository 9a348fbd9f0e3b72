package com.example.notes.auth;

import org.apache.tomcat.util.http.CookieProcessorBase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code server.servlet.session.cookie.partitioned=true} (the profile
 * {@code cookie-session-cross-site}), every cookie the API sets is {@code Partitioned},
 * the CSRF token cookie too. A client on another site calls the API in a third-party
 * context, where browsers that block third-party cookies (Chromium in incognito and under
 * Playwright) keep only partitioned ones; without the token cookie, every write fails
 * Spring Security's CSRF check with 403. The property itself reaches only the session
 * cookie, and {@code CookieCsrfTokenRepository}'s cookie customizer cannot add the
 * attribute: Spring Security 7.1 copies the customized cookie into a Servlet
 * {@code Cookie} without it. So Tomcat adds it to every cookie that does not say
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("server.servlet.session.cookie.partitioned")
class PartitionedCookies {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> partitionedByDefault() {
		return (factory) -> factory.addContextCustomizers(
				(context) -> ((CookieProcessorBase) context.getCookieProcessor()).setPartitioned(true));
	}

}
