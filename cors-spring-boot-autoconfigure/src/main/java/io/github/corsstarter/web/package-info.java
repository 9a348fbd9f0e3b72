/**
 * The servlet side: which compiled policy covers a request path, and the filter that classifies each request
 * (preflight, actual CORS request, or neither) and applies that policy to the response.
 */
package io.github.corsstarter.web;
