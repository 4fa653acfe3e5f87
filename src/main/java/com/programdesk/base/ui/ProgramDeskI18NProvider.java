package com.programdesk.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Translations from {@code vaadin-i18n/translations_*.properties}: Chinese first, English second. */
@Component
public class ProgramDeskI18NProvider extends DefaultI18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    /**
     * Each text without parameters as it was first formatted, per supported language. Vaadin's provider looks the
     * bundle up and parses the text as a {@code MessageFormat} at every call, and a view asks for dozens of texts
     * (docs/benchmarks.md, "Thirteenth round"). The keys are the ones the code asks for: a bounded set.
     */
    private final Map<Locale, Map<String, String>> withoutParameters =
            Map.of(CHINESE, new ConcurrentHashMap<>(), ENGLISH, new ConcurrentHashMap<>());

    public ProgramDeskI18NProvider() {
        super(SUPPORTED);
    }

    /**
     * A quoted title that has quotation marks of its own (“12.1 世界艾滋病日”主题宣传活动) would come out with
     * doubled marks; its own marks become the inner ones (‘’), as Chinese punctuation nests them.
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = withoutParameters(key, locale);
        if (params == null || params.length == 0) {
            return pattern;
        }
        if (pattern == null || pattern.indexOf('“') < 0) {
            return super.getTranslation(key, locale, params);
        }
        Object[] nested = params.clone();
        for (int i = 0; i < nested.length; i++) {
            if (nested[i] instanceof String text && pattern.contains("“{" + i + "}”")) {
                nested[i] = text.replace('“', '‘').replace('”', '’');
            }
        }
        return super.getTranslation(key, locale, nested);
    }

    private String withoutParameters(String key, Locale locale) {
        Map<String, String> known = locale == null || key == null ? null : withoutParameters.get(locale);
        return known == null ? super.getTranslation(key, locale) : known.computeIfAbsent(key, k -> super.getTranslation(k, locale));
    }

    /** The supported locale closest to a tag such as {@code zh-CN} or {@code en}; Chinese otherwise. */
    public static Locale supportedOrDefault(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return CHINESE;
        }
        Locale requested = Locale.forLanguageTag(languageTag.replace('_', '-'));
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(CHINESE);
    }
}
