package com.programdesk.area.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.area.domain.Area;
import com.programdesk.statistics.imports.service.ImportFiles;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.ViewTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator uploads a file of codes and names, reads the preview and confirms it. */
class AreaImportViewTest extends ViewTest {

    @Autowired
    TestAreas testAreas;

    @Test
    void mistakesAreListedByRowThenTheCorrectedFileIsImportedOnceOnly() {
        Area city = testAreas.city();
        String county = testData.freeAreaCode(city.getCode());
        demoUsers.login("admin");
        AreaImportView view = navigate(AreaImportView.class);
        long areas = count("area");

        view.received("区划.csv", ImportFiles.csv("code,name_zh\n" + county + ",新设县\n" + county + "101000,\n" + county + ",重复县\n"
                + "9999101000,短代码镇\n"));

        assertThat(view.verdict.getText()).isEqualTo("文件中有错误，未写入任何区划。修正文件后重新导入。");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(test(view.problems).size()).isEqualTo(3);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(view.problems).getCellText(0, 2)).isEqualTo("缺少中文名称（代码 " + county + "101000）");
        assertThat(test(view.problems).getCellText(1, 0)).isEqualTo("4");
        assertThat(test(view.problems).getCellText(1, 2)).isEqualTo("代码 " + county + " 与第 2 行重复");
        assertThat(test(view.problems).getCellText(2, 2)).startsWith("代码格式不对：“9999101000”");
        assertThat(count("area")).isEqualTo(areas);

        Path corrected = ImportFiles.csv("code,name_zh\n" + city.getCode() + "," + city.getNameZh() + "\n" + county + ",新设县\n"
                + county + "101000,新设镇\n");
        view.received("区划.csv", corrected);
        assertThat(view.verdict.getText()).isEqualTo("检查通过。确认后写入。");
        assertThat(test(view.changes).size()).isEqualTo(2);
        assertThat(test(view.changes).getCellText(0, 1)).isEqualTo("新增");
        assertThat(test(view.changes).getCellText(1, 3)).isEqualTo("乡镇（街道）");

        test(view.confirm).click();

        assertThat(view.verdict.getText()).isEqualTo("已导入：新增区划 2 个，更名 0 个");
        assertThat(count("area")).isEqualTo(areas + 2);
        assertThat(Files.exists(corrected)).isFalse();
        assertThat(testData.findAreaId(county + "101000")).isPresent();

        view.received("区划.csv", ImportFiles.csv("code,name_zh\n" + city.getCode() + "," + city.getNameZh() + "\n" + county + ",新设县\n"
                + county + "101000,新设镇\n"));
        assertThat(view.verdict.getText()).isEqualTo("文件与现有区划一致，没有需要更新的内容");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(count("area")).isEqualTo(areas + 2);
    }
}
