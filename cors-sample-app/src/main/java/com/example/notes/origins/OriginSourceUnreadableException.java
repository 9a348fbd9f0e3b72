package com.example.notes.origins;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The table changed but the CORS starter could not read it back, so the change is not in
 * force yet (the starter keeps the last good origins and tries again every refresh
 * interval): a 503 problem document.
 */
class OriginSourceUnreadableException extends ErrorResponseException {

	OriginSourceUnreadableException(String origin, String error) {
		super(HttpStatus.SERVICE_UNAVAILABLE,
				ProblemDetail
					.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
							"The change to " + origin + " is stored, but the trusted origins could not be read back ("
									+ error + "); the previous ones stay in force until the next successful read"),
				null);
	}

}
