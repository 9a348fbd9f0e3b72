/**
 * The sample notes API. Kept outside {@code io.github.corsstarter} so component scanning
 * never picks up the starter's auto-configuration as if it were application code.
 */
package com.example.notes;
