/**
 * Error responses: every 4xx of the API is an RFC 9457 problem document, never an HTML
 * page or a 500.
 */
package com.example.notes.web;
