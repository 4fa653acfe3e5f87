package com.programdesk.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.NativeTableCell;
import org.junit.jupiter.api.Test;

/** 任务分解表 of the Qixian hospital's plan, laid out and filtered by department as in seed 004. */
class DecompositionByDepartmentTest extends ViewTest {

    @Test
    void theBureauPrintsTheHospitalsTableByDepartmentAndOneDepartmentsLines() {
        demoUsers.login("keqiao.coordinator");
        DecompositionTableView view = navigate(DecompositionTableView.class);
        view.program.getListDataView().getItems().filter(p -> p.getTitle().equals("齐贤分院“早孕关爱行动”工作方案"))
                .findFirst().ifPresent(view.program::setValue);

        view.byDepartment.setValue(true);
        assertThat($(NativeTableCell.class, view.sheet).withClassName("department-heading").all())
                .extracting(NativeTableCell::getText)
                .contains("绍兴市中心医院医共体齐贤分院 妇产科", "绍兴市中心医院医共体齐贤分院 超声科", "绍兴市中心医院医共体齐贤分院 预防保健科");

        view.department.setValue("妇产科");
        assertThat($(NativeTableCell.class, view.sheet).withText("设立早孕关爱门诊").exists()).isTrue();
        assertThat($(NativeTableCell.class, view.sheet).withText("开展流产后避孕宣教").exists()).isFalse();
        assertThat($(NativeTableCell.class, view.sheet).withText("妇产科主任").exists()).isTrue();
    }
}
