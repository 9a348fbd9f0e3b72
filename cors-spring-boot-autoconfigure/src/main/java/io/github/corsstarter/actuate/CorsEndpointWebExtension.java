package io.github.corsstarter.actuate;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * The {@code cors} endpoint over HTTP, where whether values are shown can depend on who
 * asks ({@code when-authorized}); over JMX the endpoint shows them unless
 * {@code show-values} is {@code never}, as Spring Boot's {@code env} endpoint does.
 */
@EndpointWebExtension(endpoint = CorsEndpoint.class)
public class CorsEndpointWebExtension {

	private final CorsEndpoint delegate;

	private final Show showValues;

	private final Set<String> roles;

	public CorsEndpointWebExtension(CorsEndpoint delegate, Show showValues, Set<String> roles) {
		this.delegate = delegate;
		this.showValues = showValues;
		this.roles = Set.copyOf(roles);
	}

	/**
	 * The report or a dry run, as {@link CorsEndpoint#cors} answers them, with values
	 * shown only to whom {@code show-values} and {@code roles} allow.
	 * @param securityContext who asks
	 * @param origin the page's origin, for a dry run
	 * @param method the request's method (default {@code GET})
	 * @param path the path within the application, for a dry run
	 * @param requestHeaders the request headers that are not CORS-safelisted,
	 * comma-separated
	 */
	@ReadOperation
	public Object cors(SecurityContext securityContext, @Nullable String origin, @Nullable String method,
			@Nullable String path, @Nullable String requestHeaders) {
		return this.delegate.cors(this.showValues.isShown(securityContext, this.roles), origin, method, path,
				requestHeaders);
	}

}
