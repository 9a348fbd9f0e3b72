package io.github.corsstarter.web;

import java.util.List;
import java.util.Map;

/**
 * What a filter did with a request: the response as the client sees it, and whether the
 * request reached the application behind the filter.
 */
public record Exchanged(int status, Map<String, List<String>> headers, String body, boolean reachedApplication) {
}
