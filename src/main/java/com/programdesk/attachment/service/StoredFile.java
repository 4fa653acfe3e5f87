package com.programdesk.attachment.service;

import java.io.InputStream;

/** An attachment opened for download: its name, type, size and content. The caller closes the stream. */
public record StoredFile(String fileName, String contentType, long size, InputStream content) {
}
