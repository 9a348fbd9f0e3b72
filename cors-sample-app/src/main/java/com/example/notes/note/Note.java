package com.example.notes.note;

/** A stored note, as the API returns it. */
public record Note(long id, String text) {
}
