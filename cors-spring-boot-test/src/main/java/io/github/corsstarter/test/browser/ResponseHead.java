package io.github.corsstarter.test.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The status and header field lines of a response; a name may repeat, as on the wire.
 *
 * @param status the HTTP status code
 * @param headers the header field lines in order
 */
public record ResponseHead(int status, List<Header> headers) {

	public ResponseHead {
		headers = List.copyOf(headers);
	}

	/**
	 * A response from a status and alternating names and values.
	 * @param status the status
	 * @param namesAndValues {@code name1, value1, name2, value2...}
	 * @return the response head
	 */
	public static ResponseHead of(int status, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values must come in pairs");
		}
		List<Header> headers = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
		}
		return new ResponseHead(status, headers);
	}

	/**
	 * Every field line's value of a header, in order.
	 * @param name the header name, case-insensitive
	 * @return the values, empty when absent
	 */
	public List<String> values(String name) {
		return this.headers.stream().filter((header) -> header.hasName(name)).map(Header::value).toList();
	}

	/**
	 * The value of a header as browsers read it: the values of all its field lines joined
	 * with {@code ", "}
	 * (<a href="https://fetch.spec.whatwg.org/#concept-header-list-get">Fetch, get a
	 * header</a>).
	 * @param name the header name, case-insensitive
	 * @return the combined value, or {@code null} when absent
	 */
	public @Nullable String combined(String name) {
		List<String> values = values(name);
		return values.isEmpty() ? null : String.join(", ", values);
	}

	/**
	 * The distinct header names, lower-cased, in order of first appearance.
	 * @return the names
	 */
	public Set<String> names() {
		return this.headers.stream()
			.map((header) -> header.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder().append(this.status);
		this.headers.forEach((header) -> text.append("\n    ").append(header));
		return text.toString();
	}

}
