package io.polyport.plugins.rt.http;

/**
 * A file sent in a {@code multipart/form-data} part ({@code attachment_1}, ...).
 *
 * @param field       the form field's name
 * @param filename    the file name the client gave
 * @param contentType the part's media type
 * @param content     the bytes, exactly as sent
 */
public record Upload(String field, String filename, String contentType, byte[] content) {
}
