package com.programdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Names, in the page Vaadin serves, the scripts its entry script imports once the first answer has come, so the
 * browser fetches them together with the entry script.
 *
 * <p>Without this, opening the login page is eight answers in a row, and three of them are static scripts asked
 * for only after the answer before: {@code FlowBootstrap}, the scripts the views need, and Flow's client. Under
 * load each answer takes half a second or more (docs/benchmarks.md, "Ninth round"). Their names carry the
 * bundle's hashes, so they are read from the entry script in the bundle. An entry script that is not in the
 * bundle, or names none of them, gets no preloads; nor does any page in development mode (the README's
 * {@code spring-boot:run}), whose entry script imports Vaadin's development tools instead.
 */
@Component
class ScriptPreloads implements VaadinServiceInitListener {

    private static final String BUNDLE = "META-INF/VAADIN/webapp/";
    private static final Pattern FLOW_SCRIPT = Pattern.compile("import\\([`'\"]\\./((?:FlowBootstrap|FlowClient)-[\\w-]+\\.js)[`'\"]\\)");
    /** Vite's list of the files the entry script's imports need: {@code m.f=["./a-hash.js",...]}. */
    private static final Pattern DEPENDENCIES = Pattern.compile("m\\.f=\\[([^\\]]*)]");
    private static final Pattern DEPENDENCY = Pattern.compile("[`'\"]\\./([\\w.-]+\\.js)[`'\"]");

    private final Function<String, Optional<String>> bundleFile;
    private final Map<String, List<String>> importsByEntry = new ConcurrentHashMap<>();

    ScriptPreloads() {
        this(ScriptPreloads::fromClassPath);
    }

    ScriptPreloads(Function<String, Optional<String>> bundleFile) {
        this.bundleFile = bundleFile;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getDeploymentConfiguration().isProductionMode()) {
            event.addIndexHtmlRequestListener(response -> addPreloads(response.getDocument()));
        }
    }

    void addPreloads(Document page) {
        for (Element entry : page.select("script[type=module][src]")) {
            String src = entry.attr("src");
            String folder = src.substring(0, src.lastIndexOf('/') + 1);
            for (String script : importsByEntry.computeIfAbsent(src, this::importsOf)) {
                Element link = page.head().appendElement("link").attr("rel", "modulepreload").attr("href", folder + script);
                if (entry.hasAttr("crossorigin")) {
                    link.attr("crossorigin", entry.attr("crossorigin"));
                }
            }
        }
    }

    private List<String> importsOf(String src) {
        return bundleFile.apply(bundlePath(src)).map(ScriptPreloads::importsNamedIn).orElse(List.of());
    }

    /** {@code FlowBootstrap}, the files Vite lists for the entry's imports, then Flow's client: the order they are asked for. */
    static List<String> importsNamedIn(String entryScript) {
        List<String> flow = new ArrayList<>();
        Matcher flowScripts = FLOW_SCRIPT.matcher(entryScript);
        while (flowScripts.find()) {
            flow.add(flowScripts.group(1));
        }
        Set<String> names = new LinkedHashSet<>();
        flow.stream().filter(name -> name.startsWith("FlowBootstrap")).forEach(names::add);
        Matcher dependencies = DEPENDENCIES.matcher(entryScript);
        if (dependencies.find()) {
            Matcher dependency = DEPENDENCY.matcher(dependencies.group(1));
            while (dependency.find()) {
                names.add(dependency.group(1));
            }
        }
        names.addAll(flow);
        return List.copyOf(names);
    }

    private static String bundlePath(String src) {
        String path = src.startsWith("./") ? src.substring(2) : src.startsWith("/") ? src.substring(1) : src;
        return BUNDLE + path;
    }

    private static Optional<String> fromClassPath(String path) {
        try (InputStream in = ScriptPreloads.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
