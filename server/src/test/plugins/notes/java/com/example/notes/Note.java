package com.example.notes;

/** A stored note. */
public record Note(int id, String text, String author) {
}
