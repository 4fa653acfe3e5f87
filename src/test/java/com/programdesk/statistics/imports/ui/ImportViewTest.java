package com.programdesk.statistics.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.imports.service.ImportFiles;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator uploads a platform export, reads the preview and confirms it. */
class ImportViewTest extends ViewTest {

    @Autowired
    StatisticsCatalog catalog;

    @Test
    void theCoordinatorPreviewsAndConfirmsAnExport() throws Exception {
        demoUsers.login("coordinator");
        ReportForm form = catalog.formByCode("BASIC_CONTRACEPTION").orElseThrow();
        Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
        assigned.add(testData.institutionId("YQ-H2"));
        catalog.assign(form.id(), assigned);
        Path file = ImportFiles.csv("机构编码,统计期,免费避孕套,免费口服避孕药,避孕咨询服务人次\nYQ-H2,2020-11,300,40,25\nYQ-H2,2020-12,-1,40,25\n");
        ImportView view = navigate("reports/import", ImportView.class);
        long values = count("stat_value");

        view.received("区域平台2020年.csv", file);
        finish(view);

        assertThat(text(view)).contains("数据行", "错误 1 个，提示 0 个", "负数 1");
        assertThat(view.verdict.getText()).isEqualTo("文件中有错误，未写入任何数据。修正文件后重新导入。");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(test(view.problems).size()).isEqualTo(1);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(view.problems).getCellText(0, 3)).isEqualTo("数值不能为负数：-1");

        Path corrected = ImportFiles.csv("机构编码,统计期,免费避孕套,免费口服避孕药,避孕咨询服务人次\nYQ-H2,2020-11,300,40,25\nYQ-H2,2020-12,310,40,25\n");
        view.received("区域平台2020年.csv", corrected);
        finish(view);
        assertThat(view.verdict.getText()).isEqualTo("检查通过。确认后写入草稿报表。");
        assertThat(count("stat_value")).isEqualTo(values);

        test(view.confirm).click();
        finish(view);

        assertThat(view.verdict.getText()).isEqualTo("已导入：新建报表 2 份，更新 0 份；数值新增 6 个，更新 0 个，不变 0 个");
        assertThat(count("stat_value")).isEqualTo(values + 6);
        assertThat(Files.exists(corrected)).isFalse();
        assertThat(test(view.imported).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(view.imported).getCellText(0, 1)).isEqualTo("乐清市第二人民医院");
        test(view.imported).clickRow(0);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ReportView");
    }

    /** Waits for the background work to end, then lets the view show its outcome, as the page's next poll does. */
    private void finish(ImportView view) throws Exception {
        view.backgroundWork().get(10, TimeUnit.SECONDS);
        view.poll();
    }

    private String text(ImportView view) {
        return view.result.getElement().getTextRecursively() + $(Span.class).all().stream().map(Span::getText).reduce("", String::concat);
    }
}
