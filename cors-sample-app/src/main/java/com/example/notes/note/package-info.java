/** Notes: the JDBC repository and the REST controller of {@code /api/notes}. */
package com.example.notes.note;
