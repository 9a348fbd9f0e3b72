package io.github.corsstarter.autoconfigure;

import java.util.List;

import io.github.corsstarter.policy.ConfigurationProblems;
import io.github.corsstarter.policy.CorsPolicySpec;
import io.github.corsstarter.web.CorsPolicyFilter;
import io.github.corsstarter.web.CorsPolicyMapping;
import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Compiles the {@code cors.policies.*} properties into immutable policies at startup, failing with every problem at
 * once, and registers the one filter that applies them just ahead of Spring Security's filter chain.
 * <p>
 * Deliberately defines no bean named {@code corsFilter} or {@code corsConfigurationSource} and no
 * {@code CorsConfigurationSource}: Spring Security looks those up by name and type for {@code http.cors()}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CorsProperties.class)
public final class CorsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyMapping corsPolicyMapping(CorsProperties properties) {
		List<CorsPolicySpec> specs = properties.getPolicies()
			.entrySet()
			.stream()
			.map((entry) -> toSpec(entry.getKey(), entry.getValue()))
			.toList();
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicyMapping mapping = CorsPolicyMapping.compile(specs, problems);
		problems.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
		problems.throwIfAnyError();
		if (specs.isEmpty()) {
			logger.warn("No cors.policies are configured, so no request gets CORS headers; "
					+ "add cors.policies.<name>.allowed-origins or set cors.enabled=false");
		}
		mapping.policies().forEach((policy) -> logger.info("CORS " + policy));
		return mapping;
	}

	@Bean
	@ConditionalOnMissingFilterBean(CorsPolicyFilter.class)
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(CorsPolicyMapping mapping,
			CorsProperties properties, Environment environment) {
		CorsFilterOrder order = CorsFilterOrder.resolve(properties.getFilter().getOrder(), environment);
		order.logTo(logger);
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(
				new CorsPolicyFilter(mapping));
		registration.setName("corsPolicyFilter");
		registration.setOrder(order.value());
		// ERROR too: the error page of a failed request must carry the same headers as the request would have.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	private static CorsPolicySpec toSpec(String name, CorsProperties.Policy policy) {
		return CorsPolicySpec.named(name)
			.pathPatterns(policy.getPathPatterns())
			.allowedOrigins(policy.getAllowedOrigins())
			.allowedOriginPatterns(policy.getAllowedOriginPatterns())
			.allowedMethods(policy.getAllowedMethods())
			.allowedHeaders(policy.getAllowedHeaders())
			.exposedHeaders(policy.getExposedHeaders())
			.allowCredentials(policy.isAllowCredentials())
			.maxAge(policy.getMaxAge())
			.allowPrivateNetwork(policy.isAllowPrivateNetwork());
	}

}
