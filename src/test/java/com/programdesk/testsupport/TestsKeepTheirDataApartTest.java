package com.programdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rules of {@link TestData} in one place: tests find demo rows and name their own rows
 * through it, instead of copying a lookup or a way to make a name unique.
 */
class TestsKeepTheirDataApartTest {

    private static final Path TESTS = Path.of("src", "test", "java");
    private static final Pattern COPIED_LOOKUP = Pattern.compile(
            "SELECT id FROM (institution WHERE code|app_user WHERE username|program WHERE document_number|program WHERE status|area WHERE code)\\b");
    private static final Pattern OWN_UNIQUE_NAME = Pattern.compile("UUID\\.randomUUID\\(\\)|\\+ System\\.nanoTime\\(\\)");

    @Test
    void testsLookUpDemoRowsAndNameTheirOwnRowsThroughTestData() {
        assertThat(sourcesMatching(COPIED_LOOKUP)).as("look demo rows up with TestData").isEmpty();
        assertThat(sourcesMatching(OWN_UNIQUE_NAME)).as("name a test's own rows with TestData.unique").isEmpty();
    }

    private static List<Path> sourcesMatching(Pattern pattern) {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith(Path.of("testsupport", "TestData.java")))
                    .filter(file -> pattern.matcher(read(file)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
