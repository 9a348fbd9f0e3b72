package com.example.notes.note;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No note has the requested id: a 404 problem document. */
class NoteNotFoundException extends ErrorResponseException {

	NoteNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Note " + id + " does not exist"), null);
	}

}
