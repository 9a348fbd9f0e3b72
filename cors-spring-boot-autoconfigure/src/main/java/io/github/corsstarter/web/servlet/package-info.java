/**
 * The servlet adapter: a filter that reads each request for the CORS engine and writes
 * its decision.
 */
@NullMarked
package io.github.corsstarter.web.servlet;

import org.jspecify.annotations.NullMarked;
