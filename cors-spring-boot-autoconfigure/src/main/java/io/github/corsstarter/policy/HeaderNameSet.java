package io.github.corsstarter.policy;

import java.util.Collection;
import java.util.Locale;

/**
 * An immutable set of header names looked up case-insensitively straight from a region of
 * a request header value, so checking {@code Access-Control-Request-Headers} allocates
 * nothing (open addressing over a power-of-two table).
 */
final class HeaderNameSet {

	private final String[] slots;

	private final int mask;

	HeaderNameSet(Collection<String> names) {
		int capacity = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
		this.slots = new String[capacity];
		this.mask = capacity - 1;
		for (String name : names) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			int slot = hash(lowerCase, 0, lowerCase.length()) & this.mask;
			while (this.slots[slot] != null && !this.slots[slot].equals(lowerCase)) {
				slot = (slot + 1) & this.mask;
			}
			this.slots[slot] = lowerCase;
		}
	}

	/** Whether {@code source[from, to)} is one of the names, ignoring ASCII case. */
	boolean contains(String source, int from, int to) {
		int length = to - from;
		int slot = hash(source, from, to) & this.mask;
		String candidate;
		while ((candidate = this.slots[slot]) != null) {
			if (candidate.length() == length && candidate.regionMatches(true, 0, source, from, length)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	private static int hash(String source, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			char c = source.charAt(i);
			hash = 31 * hash + ((c >= 'A' && c <= 'Z') ? (c + ('a' - 'A')) : c);
		}
		return hash ^ (hash >>> 16);
	}

}
