package com.example.notes.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT}: only the text, the server assigns the id.
 *
 * @param text the note's text; its limit matches the column in {@code schema.sql}
 */
public record NoteText(@NotBlank @Size(max = NoteText.MAX_LENGTH) String text) {

	static final int MAX_LENGTH = 500;

}
