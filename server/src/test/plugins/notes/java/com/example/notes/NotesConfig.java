package com.example.notes;

/** The plugins.notes section. */
public record NotesConfig(String greeting, Integer maxLength) {
    public NotesConfig {
        greeting = greeting == null ? "Hello" : greeting;
        maxLength = maxLength == null ? 100 : maxLength;
    }
}
