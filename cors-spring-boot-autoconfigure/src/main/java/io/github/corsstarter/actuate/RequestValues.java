package io.github.corsstarter.actuate;

import io.github.corsstarter.engine.SafeText;
import org.jspecify.annotations.Nullable;

/**
 * Request data made safe to show: capped in length and with control and non-ASCII
 * characters escaped, so that a hostile {@code Origin} can neither flood the view nor
 * forge lines in what displays it.
 */
final class RequestValues {

	static final int MAX_LENGTH = 200;

	private RequestValues() {
	}

	static @Nullable String shown(@Nullable String value) {
		return (value != null) ? SafeText.escaped(value, MAX_LENGTH) : null;
	}

}
