/**
 * The end-to-end comparison's other side: configuration that runs inside the unchanged
 * sample app (added with {@code loader.path} and {@code spring.main.sources}) to replace
 * the starter's filter with Spring Security's {@code http.cors()}. Packaged alone into
 * {@code target/benchmarks-http-cors.jar}.
 */
package io.github.corsstarter.benchmarks.endtoend;
