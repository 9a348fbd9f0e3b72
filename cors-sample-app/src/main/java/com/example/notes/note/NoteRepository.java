package com.example.notes.note;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the {@code note} table created by {@code schema.sql}. */
@Repository
public class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Note> findAll() {
		return this.jdbc.sql("SELECT id, text FROM note ORDER BY id").query(Note.class).list();
	}

	public Optional<Note> findById(long id) {
		return this.jdbc.sql("SELECT id, text FROM note WHERE id = :id").param("id", id).query(Note.class).optional();
	}

	public Note insert(String text) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO note (text) VALUES (:text)").param("text", text).update(keys, "id");
		return new Note(keys.getKeyAs(Long.class), text);
	}

	/** Returns whether a note with this id existed. */
	public boolean update(long id, String text) {
		return this.jdbc.sql("UPDATE note SET text = :text WHERE id = :id")
			.param("id", id)
			.param("text", text)
			.update() == 1;
	}

	/** Returns whether a note with this id existed. */
	public boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM note WHERE id = :id").param("id", id).update() == 1;
	}

}
