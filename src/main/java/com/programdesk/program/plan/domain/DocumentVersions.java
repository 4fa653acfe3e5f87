package com.programdesk.program.plan.domain;

import com.programdesk.attachment.domain.Attachment;
import java.util.List;

/** A program document with its files, newest version first. */
public record DocumentVersions(ProgramDocument document, List<Attachment> versions) {
}
