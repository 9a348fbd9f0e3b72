package com.example.notes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A notes API whose writes need a bearer token, called by a browser client on another origin.
 * It contains no CORS code: {@code cors-spring-boot-starter} reads the {@code cors.*} properties in
 * {@code application.yml} and answers preflights before Spring Security sees them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotesApplication.class, args);
    }
}
