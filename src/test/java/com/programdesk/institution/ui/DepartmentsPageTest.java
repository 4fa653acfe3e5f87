package com.programdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.domain.Department;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import org.junit.jupiter.api.Test;

/** 本机构科室: the Qixian hospital keeps its departments; one its decomposition rows use is refused removal with the count. */
class DepartmentsPageTest extends ViewTest {

    @Test
    void theHospitalAddsADepartmentATakenNameIsSaidAtTheFieldAUsedOneIsNotRemoved() {
        demoUsers.login("qixian.staff");
        DepartmentsView view = navigate(DepartmentsView.class);
        String name = TestData.unique("麻醉科");
        test(view.name).setValue(name);
        test(view.add).click();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(view.name.getValue()).isEmpty();

        test(view.name).setValue(name);
        test(view.add).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("本机构已有同名科室");

        Department used = departmentNamed(view, "妇产科");
        long before = count("institution_department");
        view.remove(used);
        assertThat(view.error.getText()).isEqualTo("该科室已用于 1 条任务分解，不能删除；如不再使用，请停用");
        assertThat(count("institution_department")).isEqualTo(before);

        view.remove(departmentNamed(view, name));
        assertThat(count("institution_department")).isEqualTo(before - 1);
    }

    private Department departmentNamed(DepartmentsView view, String name) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            Department department = test(view.grid).getRow(row);
            if (department.getName().equals(name)) {
                return department;
            }
        }
        throw new AssertionError("no department " + name);
    }
}
