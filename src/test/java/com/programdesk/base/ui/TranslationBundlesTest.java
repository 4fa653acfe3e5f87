package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.security.domain.Role;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every text on screen exists in Chinese and English, so no user ever sees a raw key. */
class TranslationBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");
    /** Literals that look like message keys but are JVM system properties. */
    private static final Set<String> SYSTEM_PROPERTIES = Set.of("user.name", "user.home", "user.dir");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** A string literal on a code line (not a comment) that holds Chinese characters. */
    private static final Pattern CHINESE_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");
    /** The language switch names each language in itself, as language menus do. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("\"中文\"", "\"Language / 语言\"");

    private static Properties chinese;
    private static Properties english;

    @BeforeAll
    static void loadBundles() throws IOException {
        chinese = load("vaadin-i18n/translations_zh_CN.properties");
        english = load("vaadin-i18n/translations_en.properties");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).as("keys only in Chinese")
                .containsAll(chinese.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).as("keys only in English")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmptyAndPlaceholdersMatch() {
        for (String key : chinese.stringPropertyNames()) {
            assertThat(chinese.getProperty(key)).as("zh_CN " + key).isNotBlank();
            assertThat(english.getProperty(key, "")).as("en " + key).isNotBlank();
            assertThat(placeholders(english.getProperty(key, ""))).as("placeholders of " + key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
        }
    }

    @Test
    void everyKeyWrittenInTheCodeExists() throws IOException {
        Set<String> prefixes = chinese.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Path source : javaSources()) {
            Matcher literal = KEY_LITERAL.matcher(Files.readString(source));
            while (literal.find()) {
                String key = literal.group(1);
                if (SYSTEM_PROPERTIES.contains(key) || !prefixes.contains(key.substring(0, key.indexOf('.') + 1))) {
                    continue; // not a message key, e.g. a package or property name
                }
                boolean known = key.endsWith(".")
                        ? chinese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : chinese.containsKey(key);
                if (!known) {
                    missing.add(key + " (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("keys used in the code but missing from the bundles").isEmpty();
    }

    @Test
    void noScreenTextIsWrittenInChineseInTheCode() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path source : javaSources().stream().filter(p -> p.toString().contains("/ui/")).toList()) {
            for (String line : Files.readAllLines(source)) {
                String code = line.strip();
                if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                    continue;
                }
                Matcher literal = CHINESE_LITERAL.matcher(code.replaceAll("\\s//.*$", ""));
                while (literal.find()) {
                    if (!LANGUAGE_NAMES.contains(literal.group())) {
                        found.add(source.getFileName() + ": " + literal.group());
                    }
                }
            }
        }
        assertThat(found).as("Chinese text in views instead of the bundles: an English reader would see it untranslated").isEmpty();
    }

    @Test
    void everyEnumLabelExists() throws ReflectiveOperationException {
        Set<String> missing = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.programdesk")) {
            if (!type.isEnum() || type.getMethods().stream().noneMatch(m -> m.getName().equals("messageKey"))) {
                continue;
            }
            Class<?> enumType = type.reflect();
            Method messageKey = enumType.getDeclaredMethod("messageKey");
            messageKey.setAccessible(true);
            for (Object constant : enumType.getEnumConstants()) {
                String key = (String) messageKey.invoke(constant);
                if (!chinese.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (Role role : Role.values()) {
            if (!chinese.containsKey("home.role." + role.name())) {
                missing.add("home.role." + role.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
