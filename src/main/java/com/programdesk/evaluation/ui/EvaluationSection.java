package com.programdesk.evaluation.ui;

import com.programdesk.evaluation.service.EvaluationService;
import com.programdesk.program.overview.ui.ProgramSection;
import com.programdesk.program.plan.domain.Program;

/** Adds the tab "评估报告" to the program page. */
@org.springframework.stereotype.Component
class EvaluationSection implements ProgramSection {

    private final EvaluationService evaluations;

    EvaluationSection(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String titleKey() {
        return "evaluation.title";
    }

    @Override
    public com.vaadin.flow.component.Component create(Program program, boolean planner) {
        return new EvaluationPanel(evaluations, program, planner);
    }
}
