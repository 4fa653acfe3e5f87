package com.programdesk.task.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.task.domain.TaskFilter;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Institutions' tasks in one column per state, the most urgent on top; each column shows its first cards. */
class TaskBoard extends Div {

    static final int CARDS_PER_COLUMN = 30;

    TaskBoard(TaskService tasks, TaskFilter filter, Clock clock, Consumer<Long> open) {
        addClassName("task-board");
        LocalDate today = LocalDate.now(clock);
        for (TaskStatus status : TaskStatus.values()) {
            TaskFilter column = new TaskFilter(filter.programId(), filter.institutionId(), status, filter.dueFrom(), filter.dueTo(),
                    filter.overdueOnly(), filter.text());
            int count = tasks.count(column);
            Div lane = new Div(new H3(getTranslation(status.messageKey()) + " · " + count));
            lane.addClassName("task-lane");
            for (TaskSummary task : tasks.search(column, 0, CARDS_PER_COLUMN)) {
                Span due = new Span(DateFormats.date(task.dueDate(), getLocale()));
                due.addClassName("secondary");
                Div card = new Div(new Span(task.title()), due);
                card.addClassNames("task-card", task.isOverdue(today) ? "overdue" : "on-time");
                card.addClickListener(e -> open.accept(task.id()));
                lane.add(card);
            }
            if (count > CARDS_PER_COLUMN) {
                lane.add(new Span(getTranslation("task.board.more", count - CARDS_PER_COLUMN)));
            }
            add(lane);
        }
    }
}
