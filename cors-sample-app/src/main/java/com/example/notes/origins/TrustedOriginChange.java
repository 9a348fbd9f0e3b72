package com.example.notes.origins;

/**
 * The answer to adding or removing a trusted origin, given once the change is in force.
 *
 * @param origin the origin the request named
 * @param changed whether the table changed ({@code false}: it was there already, or was
 * not there to remove)
 * @param inForce what the CORS policy allows from the table now
 */
record TrustedOriginChange(String origin, boolean changed, OriginSourceState inForce) {
}
