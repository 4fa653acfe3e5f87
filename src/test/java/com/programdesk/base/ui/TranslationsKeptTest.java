package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts kept after their first use read exactly as Vaadin's provider formats them, in both languages. */
class TranslationsKeptTest {

    private final ProgramDeskI18NProvider i18n = new ProgramDeskI18NProvider();
    private final DefaultI18NProvider vaadins = new DefaultI18NProvider(ProgramDeskI18NProvider.SUPPORTED);

    @Test
    void everyTextReadsAsVaadinFormatsItTheFirstTimeAndAfter() {
        for (Locale locale : ProgramDeskI18NProvider.SUPPORTED) {
            var keys = vaadins.getAllTranslations(locale).keySet();
            assertThat(keys).hasSizeGreaterThan(500);
            for (String key : keys) {
                String expected = vaadins.getTranslation(key, locale);
                assertThat(i18n.getTranslation(key, locale)).as(locale + " " + key).isEqualTo(expected);
                assertThat(i18n.getTranslation(key, locale)).as(locale + " " + key + ", kept").isEqualTo(expected);
            }
        }
    }

    @Test
    void parametersStillFillTheTextEachTime() {
        assertThat(i18n.getTranslation("activity.cancelled", ProgramDeskI18NProvider.ENGLISH))
                .isEqualTo(vaadins.getTranslation("activity.cancelled", ProgramDeskI18NProvider.ENGLISH));
        assertThat(i18n.getTranslation("activity.cancelled", ProgramDeskI18NProvider.CHINESE, "青春期讲座"))
                .isEqualTo("活动“青春期讲座”已取消");
        assertThat(i18n.getTranslation("activity.cancelled", ProgramDeskI18NProvider.CHINESE, "家长课堂"))
                .isEqualTo("活动“家长课堂”已取消");
    }

    @Test
    void aMissingKeyOrAnotherLanguageIsAnsweredAsVaadinAnswersIt() {
        assertThat(i18n.getTranslation("no.such.key", ProgramDeskI18NProvider.CHINESE))
                .isEqualTo(vaadins.getTranslation("no.such.key", ProgramDeskI18NProvider.CHINESE));
        assertThat(i18n.getTranslation("activity.cancelled", Locale.GERMAN, "x"))
                .isEqualTo(vaadins.getTranslation("activity.cancelled", Locale.GERMAN, "x"));
    }
}
