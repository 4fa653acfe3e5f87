package com.programdesk.task.service;

import com.programdesk.attachment.service.AttachmentOwners;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Attachments on tasks follow the task's rules: readers of the task read them; the lead institution adds them. */
@Component
class TaskAttachments implements AttachmentOwners {

    static final String OWNER = "Task";

    private final TaskService tasks;

    TaskAttachments(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean supports(String ownerType) {
        return OWNER.equals(ownerType);
    }

    @Override
    public void requireReadable(long taskId) {
        tasks.find(taskId).orElseThrow(() -> new AccessDeniedException("No task " + taskId));
    }

    /** The lead institution takes a wrong file out while it works on the task; what it handed in for acceptance stays. */
    @Override
    public void requireRemovable(long taskId) {
        if (writable(taskId).getStatus() == TaskStatus.SUBMITTED) {
            throw new AccessDeniedException("The files of task " + taskId + " are under review");
        }
    }

    @Override
    public void requireWritable(long taskId) {
        writable(taskId);
    }

    private Task writable(long taskId) {
        Task task = tasks.find(taskId).orElseThrow(() -> new AccessDeniedException("No task " + taskId));
        if (!tasks.isLead(task) || !task.getStatus().isOpen()) {
            throw new AccessDeniedException("Only the lead institution attaches files to task " + taskId);
        }
        return task;
    }
}
