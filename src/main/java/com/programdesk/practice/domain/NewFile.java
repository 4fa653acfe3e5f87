package com.programdesk.practice.domain;

import java.nio.file.Path;

/** A photo or file picked in the form, saved with the case (the attachment feature checks its name, size and type). */
public record NewFile(String fileName, Path path) {
}
