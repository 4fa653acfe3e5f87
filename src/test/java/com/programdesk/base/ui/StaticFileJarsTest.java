package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Serving a static file out of a jar, Vaadin opens a zip file system on the whole jar and closes it afterwards; kept
 * open by the app, the jar's index is read once (docs/benchmarks.md, "Thirteenth round").
 */
class StaticFileJarsTest {

    private final StaticFileJars jars = new StaticFileJars();

    @AfterEach
    void closeJars() {
        jars.destroy();
    }

    @Test
    void lumosJarIsAmongTheJarsWithStaticFiles() {
        assertThat(jars.jarsWithStaticFiles()).anySatisfy(jar ->
                assertThat(jar.toString()).startsWith("jar:file:").contains("vaadin-lumo-theme").endsWith(".jar!/"));
    }

    @Test
    void vaadinLeavesTheJarOpenAfterServingAFileFromItWhenTheAppKeepsItOpen() throws Exception {
        URI lumoCss = URI.create(lumoJar() + "META-INF/resources/lumo/lumo.css");
        serveLikeVaadin(lumoCss);
        assertThatThrownBy(() -> FileSystems.getFileSystem(lumoCss))
                .as("without the app's help Vaadin closes the jar after each file").isInstanceOf(FileSystemNotFoundException.class);

        jars.serviceInit(null);
        FileSystem keptOpen = FileSystems.getFileSystem(lumoCss);
        serveLikeVaadin(lumoCss);
        serveLikeVaadin(lumoCss);

        assertThat(FileSystems.getFileSystem(lumoCss)).isSameAs(keptOpen);
        assertThat(keptOpen.isOpen()).isTrue();
        jars.destroy();
        assertThat(keptOpen.isOpen()).isFalse();
    }

    private URI lumoJar() {
        return jars.jarsWithStaticFiles().stream().filter(jar -> jar.toString().contains("vaadin-lumo-theme"))
                .findFirst().orElseThrow();
    }

    /** What {@code StaticFileServer.resourceIsDirectory} does for a file in a jar: open, look, close. */
    private static void serveLikeVaadin(URI resource) throws Exception {
        StaticFileServer vaadins = new StaticFileServer(mock(VaadinService.class, RETURNS_DEEP_STUBS));
        Method open = StaticFileServer.class.getDeclaredMethod("getFileSystem", URI.class);
        Method close = StaticFileServer.class.getDeclaredMethod("closeFileSystem", URI.class);
        open.setAccessible(true);
        close.setAccessible(true);
        FileSystem fileSystem = (FileSystem) open.invoke(vaadins, resource);
        assertThat(fileSystem.getPath("META-INF/resources/lumo/lumo.css")).exists();
        close.invoke(vaadins, resource);
    }
}
