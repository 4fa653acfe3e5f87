package com.programdesk.practice.service;

import com.programdesk.attachment.service.WorkingFiles;
import com.programdesk.practice.domain.GoodPractice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The photos and files of a case: whoever reads the case sees them; whoever may change it adds them. */
@Component
class GoodPracticeFiles implements WorkingFiles {

    private final ObjectProvider<GoodPracticeService> practices;

    /**
     * Looked up on use: the service stores a case's files through the attachment service, which asks this policy back.
     * (Not {@code @Lazy}: its proxy of an already proxied class fails in Spring AOT mode, deploy/start.sh.)
     */
    GoodPracticeFiles(ObjectProvider<GoodPracticeService> practices) {
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
        if (!practices.getObject().canEdit(practice(practiceId))) {
            throw new AccessDeniedException("Only who may change good practice " + practiceId + " adds files to it");
        }
    }

    private GoodPractice practice(long practiceId) {
        return practices.getObject().find(practiceId).orElseThrow(() -> new AccessDeniedException("No good practice " + practiceId));
    }
}
