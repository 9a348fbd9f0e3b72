package com.example.notes.auth;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /api/auth/token}. */
record TokenRequest(@NotBlank String username, @NotBlank String password) {
}
