package com.example.notes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A notes API whose writes need a bearer token, called by a browser client on another
 * origin. Its CORS is configuration: {@code cors-spring-boot-starter} reads the
 * {@code cors.*} properties in {@code application.yml} and answers preflights before
 * Spring Security sees them. The one piece of CORS-aware code,
 * {@code com.example.notes.origins}, only lists the origins an administrator trusts at
 * runtime, for the starter to allow.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotesApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotesApplication.class, args);
	}

}
