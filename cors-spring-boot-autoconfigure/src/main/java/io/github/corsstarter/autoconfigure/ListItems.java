package io.github.corsstarter.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Splits a comma-separated {@code cors.*} value into list items, like Spring Boot does, except at commas inside
 * brackets or braces: {@code http://localhost:[3000,5173]} is one origin pattern whether it is written in a YAML
 * list, as a YAML scalar, on the command line or in an environment variable, and {@code /files/{name:[a-z]{1,8}}}
 * one path pattern. Items are trimmed; empty items are kept, so that validation can report them.
 */
final class ListItems implements GenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, Collection.class));
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return (source != null) ? split((String) source) : null;
	}

	static List<String> split(String value) {
		List<String> items = new ArrayList<>();
		if (value.isEmpty()) {
			return items;
		}
		int depth = 0;
		int start = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ']' || c == '}') && depth > 0) {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				items.add(value.substring(start, i).trim());
				start = i + 1;
			}
		}
		items.add(value.substring(start).trim());
		return items;
	}

}
