package com.example.notes.origins;

import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.OriginSourceStatus;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/trusted-origins}: lists, adds and removes the client origins trusted
 * at runtime. Every change asks the CORS starter to read the table again at once, on this
 * request's thread, so that when the answer arrives the new origins are in force: a
 * browser on an added origin can write with its very next request, one on a removed
 * origin is refused with its next preflight. Each call needs a token (see
 * {@code SecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/admin/trusted-origins")
class TrustedOriginController {

	private final TrustedOrigins origins;

	private final CorsConfigurationManager cors;

	TrustedOriginController(TrustedOrigins origins, CorsConfigurationManager cors) {
		this.origins = origins;
		this.cors = cors;
	}

	@GetMapping
	TrustedOriginList list() {
		OriginSourceStatus status = this.cors.originSources()
			.stream()
			.filter((source) -> source.name().equals(TrustedOrigins.BEAN_NAME))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("No CORS policy reads the " + TrustedOrigins.BEAN_NAME + " bean"));
		return new TrustedOriginList(this.origins.findAll(), OriginSourceState.of(status));
	}

	/** Idempotent: 201 when the origin is new, 200 when it was trusted already. */
	@PostMapping
	ResponseEntity<TrustedOriginChange> add(@Valid @RequestBody TrustedOriginRequest body) {
		boolean added = this.origins.add(body.origin());
		TrustedOriginChange change = new TrustedOriginChange(body.origin(), added, refresh(body.origin()));
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(change);
	}

	/**
	 * Idempotent: 200 whether or not the origin was stored. Takes any value, so that an
	 * entry the starter skipped can be removed too.
	 */
	@DeleteMapping
	TrustedOriginChange remove(@RequestParam String origin) {
		boolean removed = this.origins.remove(origin);
		return new TrustedOriginChange(origin, removed, refresh(origin));
	}

	/**
	 * Reads the table into the CORS policy now; when this returns, what the table holds
	 * is in force.
	 */
	private OriginSourceState refresh(String origin) {
		OriginSourceStatus status = this.cors.refreshOriginSource(TrustedOrigins.BEAN_NAME);
		if (status.lastError() != null) {
			throw new OriginSourceUnreadableException(origin, status.lastError());
		}
		return OriginSourceState.of(status);
	}

}
