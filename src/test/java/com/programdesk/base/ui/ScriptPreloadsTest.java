package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ScriptPreloadsTest {

    /** The parts of a Vite-built entry script that name what it imports after Vaadin's first answer. */
    private static final String ENTRY_SCRIPT = """
            const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./generated-flow-imports-iY9wEGnY.js",\
            "./style-props-CfVZ7dWS.js","./vaadin-icon-BjeEf4Vx.js"])))=>i.map(i=>d[i]);
            (await T(()=>import(`./FlowBootstrap-CzlnOA3i.js`),[],import.meta.url)).init(this.response);
            let a=await T(()=>import(`./FlowClient-D5SapHsR.js`),[],import.meta.url);""";

    private static final String PAGE = """
            <html><head><base href="./">
            <script type="module" crossorigin src="./VAADIN/build/indexhtml-QXbTLm33.js"></script>
            </head><body></body></html>""";

    @Test
    void theLoginPageNamesTheScriptsItsEntryScriptImportsAfterTheFirstAnswer() {
        var preloads = new ScriptPreloads(bundle(Map.of("META-INF/VAADIN/webapp/VAADIN/build/indexhtml-QXbTLm33.js", ENTRY_SCRIPT)));
        Document page = Jsoup.parse(PAGE);

        preloads.addPreloads(page);

        assertThat(page.select("link[rel=modulepreload]").stream().map(link -> link.attr("href")).toList()).containsExactly(
                "./VAADIN/build/FlowBootstrap-CzlnOA3i.js",
                "./VAADIN/build/generated-flow-imports-iY9wEGnY.js",
                "./VAADIN/build/style-props-CfVZ7dWS.js",
                "./VAADIN/build/vaadin-icon-BjeEf4Vx.js",
                "./VAADIN/build/FlowClient-D5SapHsR.js");
        assertThat(page.select("link[rel=modulepreload]")).allSatisfy(link -> assertThat(link.hasAttr("crossorigin")).isTrue());
    }

    @Test
    void theNextPageGetsTheSamePreloadsWithoutReadingTheBundleAgain() {
        int[] reads = {0};
        var preloads = new ScriptPreloads(path -> {
            reads[0]++;
            return Optional.of(ENTRY_SCRIPT);
        });

        preloads.addPreloads(Jsoup.parse(PAGE));
        Document next = Jsoup.parse(PAGE);
        preloads.addPreloads(next);

        assertThat(next.select("link[rel=modulepreload]")).hasSize(5);
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void anEntryScriptOutsideTheBundleAsInDevelopmentModeGetsNoPreloads() {
        var preloads = new ScriptPreloads(bundle(Map.of()));
        Document page = Jsoup.parse(PAGE.replace("./VAADIN/build/indexhtml-QXbTLm33.js", "VAADIN/@vite/client"));

        preloads.addPreloads(page);

        assertThat(page.select("link[rel=modulepreload]")).isEmpty();
    }

    @Test
    void anEntryScriptThatNamesNoneOfThemGetsNoPreloads() {
        var preloads = new ScriptPreloads(path -> Optional.of("console.log('no imports')"));
        Document page = Jsoup.parse(PAGE);

        preloads.addPreloads(page);

        assertThat(page.select("link[rel=modulepreload]")).isEmpty();
    }

    private static Function<String, Optional<String>> bundle(Map<String, String> files) {
        return path -> Optional.ofNullable(files.get(path));
    }
}
