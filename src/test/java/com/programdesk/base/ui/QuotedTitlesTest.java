package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title with its own quotation marks, quoted by a message, is not shown with doubled marks. */
class QuotedTitlesTest {

    private final ProgramDeskI18NProvider i18n = new ProgramDeskI18NProvider();

    @Test
    void aTitlesOwnMarksBecomeTheInnerOnes() {
        assertThat(i18n.getTranslation("activity.cancelled", ProgramDeskI18NProvider.CHINESE, "“12.1 世界艾滋病日”主题宣传活动"))
                .isEqualTo("活动“‘12.1 世界艾滋病日’主题宣传活动”已取消");
        assertThat(i18n.getTranslation("activity.cancelled", ProgramDeskI18NProvider.CHINESE, "青春期讲座"))
                .isEqualTo("活动“青春期讲座”已取消");
    }
}
