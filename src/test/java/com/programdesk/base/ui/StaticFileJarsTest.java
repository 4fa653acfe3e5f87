package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving a static file out of a jar, Vaadin opens a zip file system on the whole jar and closes it afterwards; kept
 * open by the app, the jar's index is read once (docs/benchmarks.md, "Thirteenth round"). A jar of the test's own,
 * because the JVM's file systems are shared with the other tests' apps, which keep Lumo's jar open.
 */
class StaticFileJarsTest {

    private static final String STYLE_SHEET = "META-INF/resources/styles/site.css";

    @TempDir
    Path folder;

    @Test
    void lumosJarIsAmongTheJarsWithStaticFiles() {
        assertThat(new StaticFileJars().jarsWithStaticFiles()).anySatisfy(jar ->
                assertThat(jar.toString()).startsWith("jar:file:").contains("vaadin-lumo-theme").endsWith(".jar!/"));
    }

    @Test
    void vaadinLeavesTheJarOpenAfterServingAFileFromItWhenTheAppKeepsItOpen() throws Exception {
        Path jar = jarWithAStyleSheet();
        URI styleSheet = URI.create("jar:" + jar.toUri() + "!/" + STYLE_SHEET);
        serveLikeVaadin(styleSheet);
        assertThatThrownBy(() -> FileSystems.getFileSystem(styleSheet))
                .as("without the app's help Vaadin closes the jar after each file").isInstanceOf(FileSystemNotFoundException.class);

        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            StaticFileJars jars = new StaticFileJars(classPath);
            assertThat(jars.jarsWithStaticFiles()).singleElement()
                    .satisfies(found -> assertThat(found.toString()).startsWith("jar:file:").endsWith("/static-files.jar!/"));
            jars.serviceInit(null);
            FileSystem keptOpen = FileSystems.getFileSystem(styleSheet);
            serveLikeVaadin(styleSheet);
            serveLikeVaadin(styleSheet);

            assertThat(FileSystems.getFileSystem(styleSheet)).isSameAs(keptOpen);
            assertThat(keptOpen.isOpen()).isTrue();
            jars.destroy();
            assertThat(keptOpen.isOpen()).isFalse();
        }
    }

    private Path jarWithAStyleSheet() throws Exception {
        Path jar = folder.resolve("static-files.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String directory : new String[] {"META-INF/", "META-INF/resources/", "META-INF/resources/styles/"}) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(STYLE_SHEET));
            out.write("body { margin: 0 }".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** What {@code StaticFileServer.resourceIsDirectory} does for a file in a jar: open, look, close. */
    private static void serveLikeVaadin(URI resource) throws Exception {
        StaticFileServer vaadins = new StaticFileServer(mock(VaadinService.class, RETURNS_DEEP_STUBS));
        Method open = StaticFileServer.class.getDeclaredMethod("getFileSystem", URI.class);
        Method close = StaticFileServer.class.getDeclaredMethod("closeFileSystem", URI.class);
        open.setAccessible(true);
        close.setAccessible(true);
        FileSystem fileSystem = (FileSystem) open.invoke(vaadins, resource);
        assertThat(fileSystem.getPath(STYLE_SHEET)).exists();
        close.invoke(vaadins, resource);
    }
}
