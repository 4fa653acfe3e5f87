package com.programdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps a zip file system open, for as long as the app runs, on each jar Vaadin serves static files from (the
 * app's own jar with Vaadin's bundle, Lumo's and Flow's jars).
 *
 * <p>For every static file it serves out of a jar, Vaadin's {@code StaticFileServer} asks whether the file is a
 * directory by opening a zip file system on the whole jar, under one lock for all requests, and closes it again
 * when no request uses it: each wave of a page's scripts reads the jar's index anew, one request after the other
 * (the app's jar has 2,259 entries). Under load a page's first scripts waited 1.2–1.4 s for that lock
 * (docs/benchmarks.md, "Thirteenth round"). A file system that is already open when Vaadin asks is used and
 * left open by it.
 */
@Component
class StaticFileJars implements VaadinServiceInitListener, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(StaticFileJars.class);
    /** Where Vaadin's bundle and the jars' web resources (Lumo's style sheets, Flow's client) are. */
    private static final List<String> STATIC_FOLDERS = List.of("META-INF/VAADIN/webapp/", "META-INF/resources/");

    private final ClassLoader classLoader;
    private final List<FileSystem> opened = Collections.synchronizedList(new ArrayList<>());

    StaticFileJars() {
        this(StaticFileJars.class.getClassLoader());
    }

    StaticFileJars(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        for (URI jar : jarsWithStaticFiles()) {
            try {
                opened.add(FileSystems.newFileSystem(jar, Map.of()));
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // kept open by someone else: Vaadin uses that one as well
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not keep {} open for serving static files; Vaadin opens it per request", jar, e);
            }
        }
    }

    /** The jars on the class path that hold static files, as {@code jar:file:…} URIs; directories are left out. */
    Set<URI> jarsWithStaticFiles() {
        Set<URI> jars = new LinkedHashSet<>();
        for (String folder : STATIC_FOLDERS) {
            try {
                for (URL url : Collections.list(classLoader.getResources(folder))) {
                    String text = url.toString();
                    int separator = text.indexOf("!/");
                    if (text.startsWith("jar:file:") && separator > 0 && text.indexOf("!/", separator + 2) < 0) {
                        jars.add(new URI(text.substring(0, separator + 2)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                LOG.warn("A class path entry with {} is not a URI", folder, e);
            }
        }
        return jars;
    }

    @Override
    public void destroy() {
        synchronized (opened) {
            for (FileSystem fileSystem : opened) {
                try {
                    fileSystem.close();
                } catch (IOException e) {
                    LOG.debug("Closing {}", fileSystem, e);
                }
            }
            opened.clear();
        }
    }
}
