package com.programdesk.supervision.rounds.service;

import com.programdesk.attachment.service.WorkingFiles;
import com.programdesk.supervision.rounds.domain.Visit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Photos taken at a visit: the bureau reads them; the round's inspectors add them while the round takes visits. */
@Component
class VisitPhotos implements WorkingFiles {

    private final VisitService visits;

    VisitPhotos(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public boolean supports(String ownerType) {
        return VisitService.PHOTOS.equals(ownerType);
    }

    @Override
    public void requireReadable(long visitId) {
        visits.find(visitId).orElseThrow(() -> new AccessDeniedException("No visit " + visitId));
    }

    @Override
    public void requireWritable(long visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new AccessDeniedException("No visit " + visitId));
        if (!visits.canRecord(visit)) {
            throw new AccessDeniedException("Only inspectors add photos to visits of an open round");
        }
    }
}
