package com.programdesk.expertise.ui;

import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.TimelineEntry;
import com.programdesk.expertise.domain.Comment;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * "专家意见" on a finding, a correction, a round's report or a program: the thread, oldest first,
 * and for the program's experts and the bureau a field to add to it ({@code @name} notifies).
 */
public class CommentPanel extends Div {

    private final CommentService comments;
    private final CommentTargetKind kind;
    private final long targetId;
    private final Div thread = new Div();
    final TextArea body = new TextArea();
    final Button post = new Button();
    private Runnable onPosted = () -> { };

    public CommentPanel(CommentService comments, CommentTargetKind kind, long targetId) {
        this.comments = comments;
        this.kind = kind;
        this.targetId = targetId;
        addClassName("comment-panel");
        thread.addClassName("timeline");
        add(new H3(getTranslation("comment.title")), thread);
        if (comments.canPost(kind, targetId)) {
            body.setLabel(getTranslation("comment.field.body"));
            body.setHelperText(getTranslation("comment.body.help"));
            body.setMaxLength(Comment.BODY_MAX);
            body.setWidthFull();
            FormErrors errors = new FormErrors().bind("body", body);
            post.setText(getTranslation("comment.post"));
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            post.addClickListener(e -> FormSave.run(() -> {
                comments.post(kind, targetId, body.getValue());
                body.clear();
                body.setInvalid(false);
                Notification.show(getTranslation("comment.posted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
                onPosted.run();
            }, ex -> errors.show(ex, Comment.BODY_MAX), this::refresh));
            add(body, post);
        }
        refresh();
    }

    /** Called after a comment is posted here (e.g. to update a count shown elsewhere). */
    public CommentPanel onPosted(Runnable listener) {
        this.onPosted = listener;
        return this;
    }

    /** The thread's heading, for a panel shown under its own toggle. */
    public CommentPanel withoutTitle() {
        getChildren().filter(H3.class::isInstance).findFirst().ifPresent(this::remove);
        return this;
    }

    private void refresh() {
        thread.removeAll();
        List<Comment> posted = comments.thread(kind, targetId);
        if (posted.isEmpty()) {
            thread.add(new Paragraph(getTranslation("comment.none")));
        }
        for (Comment comment : posted) {
            thread.add(new TimelineEntry(comment.createdAt(), comment.authorName(), getTranslation(kind.messageKey()), comment.body()));
        }
    }
}
