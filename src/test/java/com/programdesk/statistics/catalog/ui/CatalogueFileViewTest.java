package com.programdesk.statistics.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.ui.SearchField;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The catalogue pages carry the catalogue file: 导出目录 downloads it, 导入目录 checks a file and writes it on confirmation. */
class CatalogueFileViewTest extends ViewTest {

    @Test
    void aCoordinatorSeesTheProblemsOfAFileThenImportsACorrectedOne() {
        demoUsers.login("coordinator");
        CatalogueFileBar bar = fileBarOf("statistics/elements");
        assertThat(bar.exportButton.getText()).isEqualTo("导出目录");
        assertThat(bar.export.getHref()).as("a download").isNotBlank();
        assertThat(fileBarOf("statistics/indicators").importButton.getText()).isEqualTo("导入目录");
        assertThat(fileBarOf("statistics/forms").importButton.getText()).isEqualTo("导入目录");
        bar = fileBarOf("statistics/elements");
        Component view = bar.getParent().orElseThrow().getParent().orElseThrow();

        test(bar.importButton).click();
        CatalogueImportDialog dialog = $(CatalogueImportDialog.class).single();
        String code = TestData.unique("T_FILE_UI_").toUpperCase();
        String name = TestData.unique("文件导入数据元");
        long elementsBefore = count("data_element");

        dialog.received("catalogue.json", file(code, name, "#{NO_SUCH_COUNT}"));
        assertThat(dialog.verdict.getText()).isEqualTo("文件有 1 个问题，未导入任何内容。请修改文件后重新上传。");
        assertThat(test(dialog.problems).size()).isEqualTo(1);
        assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("指标");
        assertThat(test(dialog.problems).getCellText(0, 2)).isEqualTo("numerator");
        assertThat(test(dialog.problems).getCellText(0, 3)).isEqualTo("文件中和本系统中都没有代码为“NO_SUCH_COUNT”的数据元");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(count("data_element")).isEqualTo(elementsBefore);

        dialog.received("catalogue.json", file(code, name, "#{" + code + "}"));
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(dialog.verdict.getText()).isEqualTo("检查通过：将新建 2 项、更新 0 项、停用 0 项、重新启用 0 项，0 项不变。确认后一次全部写入。");
        assertThat(test(dialog.changes).size()).isEqualTo(2);
        assertThat(test(dialog.changes).getCellText(0, 1)).isEqualTo(code);
        assertThat(test(dialog.changes).getCellText(0, 3)).isEqualTo("新建");
        assertThat(count("data_element")).as("checked, not written").isEqualTo(elementsBefore);

        test(dialog.confirm).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("目录文件已导入");
        assertThat(dialog.verdict.getText()).startsWith("已导入：新建 2 项");
        assertThat(dialog.confirm.isVisible()).isFalse();
        test($(SearchField.class).from(view).single()).setValue(code);
        Grid<?> grid = $(Grid.class).from(view).single();
        assertThat(test(grid).size()).as("the page shows what the file made").isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(name);
    }

    /** The file bar of the catalogue page at {@code route} (the pages of elements, indicators and forms). */
    private CatalogueFileBar fileBarOf(String route) {
        UI.getCurrent().navigate(route);
        return $(CatalogueFileBar.class).single();
    }

    private static byte[] file(String code, String name, String numerator) {
        return """
                {"format": "programdesk-catalogue", "version": 1,
                 "elements": {"%1$s": {"nameZh": "%2$s", "nameEn": "From a file", "valueType": "WHOLE_NUMBER", "aggregation": "SUM",
                                       "unitZh": "例"}},
                 "indicators": {"%1$s_COUNT": {"nameZh": "%2$s（计数）", "nameEn": "From a file", "numerator": "%3$s", "factor": 1,
                                               "decimals": 0, "direction": "RISING_IS_GOOD"}}}
                """.formatted(code, name, numerator).getBytes(StandardCharsets.UTF_8);
    }
}
