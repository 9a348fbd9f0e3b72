package com.example.notes.note;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/notes}: reading and creating are public, changing and deleting need a token
 * (see {@code SecurityConfiguration}); this class does not know about either, nor about
 * CORS.
 */
@RestController
@RequestMapping("/api/notes")
class NoteController {

	private final NoteRepository notes;

	NoteController(NoteRepository notes) {
		this.notes = notes;
	}

	@GetMapping
	List<Note> list() {
		return this.notes.findAll();
	}

	@GetMapping("/{id}")
	Note get(@PathVariable long id) {
		return this.notes.findById(id).orElseThrow(() -> new NoteNotFoundException(id));
	}

	/**
	 * Answers 201 with an absolute {@code Location}, which the browser client reads (so
	 * it is an exposed header).
	 */
	@PostMapping
	ResponseEntity<Note> create(@Valid @RequestBody NoteText body) {
		Note note = this.notes.insert(body.text());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(note.id()).toUri();
		return ResponseEntity.created(location).body(note);
	}

	@PutMapping("/{id}")
	Note update(@PathVariable long id, @Valid @RequestBody NoteText body) {
		if (!this.notes.update(id, body.text())) {
			throw new NoteNotFoundException(id);
		}
		return new Note(id, body.text());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		if (!this.notes.delete(id)) {
			throw new NoteNotFoundException(id);
		}
	}

}
