/**
 * Client origins trusted at runtime: the {@code trusted_origins} table, the origin source
 * through which the CORS starter reads it, and the token-protected admin API that changes
 * it and puts each change in force at once.
 */
package com.example.notes.origins;
