package com.example.notes.origins;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/admin/trusted-origins}. The check is deliberately coarse:
 * it refuses what is obviously no origin (a URL with a path, a trailing slash, upper
 * case, another scheme). The CORS starter checks every stored entry fully anyway and
 * skips the ones browsers never send (an explicit default port such as
 * {@code http://localhost:80}, say); the admin API's answer lists those under
 * {@code inForce.skipped}.
 *
 * @param origin scheme, host and optional port, exactly as a browser sends it in
 * {@code Origin}; its limit matches the column in {@code schema.sql}
 */
record TrustedOriginRequest(@NotBlank @Size(max = 300) @Pattern(regexp = TrustedOriginRequest.ORIGIN,
		message = "must be an origin as browsers send it: http(s)://host[:port] in lower case, without path or trailing slash") String origin) {

	/**
	 * {@code http} or {@code https}, a lower-case host name or a bracketed IPv6 address,
	 * an optional port.
	 */
	static final String ORIGIN = "https?://([a-z0-9-]+(\\.[a-z0-9-]+)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?";

}
