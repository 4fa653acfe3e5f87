package com.programdesk.practice.service;

import com.programdesk.attachment.service.WorkingFiles;
import com.programdesk.practice.domain.GoodPractice;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The photos and files of a case: whoever reads the case sees them; whoever may change it adds them. */
@Component
class GoodPracticeFiles implements WorkingFiles {

    private final GoodPracticeService practices;

    /** Lazy: the service stores a case's files through the attachment service, which asks this policy back. */
    GoodPracticeFiles(@Lazy GoodPracticeService practices) {
        this.practices = practices;
    }

    @Override
    public boolean supports(String ownerType) {
        return GoodPractice.OWNER.equals(ownerType);
    }

    @Override
    public void requireReadable(long practiceId) {
        practice(practiceId);
    }

    @Override
    public void requireWritable(long practiceId) {
        if (!practices.canEdit(practice(practiceId))) {
            throw new AccessDeniedException("Only who may change good practice " + practiceId + " adds files to it");
        }
    }

    private GoodPractice practice(long practiceId) {
        return practices.find(practiceId).orElseThrow(() -> new AccessDeniedException("No good practice " + practiceId));
    }
}
