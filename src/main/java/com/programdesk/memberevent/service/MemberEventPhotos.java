package com.programdesk.memberevent.service;

import com.programdesk.attachment.service.WorkingFiles;
import com.programdesk.memberevent.domain.MemberEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Photos of an event: whoever reads the event sees them; the association staff who may edit it add them. */
@Component
class MemberEventPhotos implements WorkingFiles {

    private final MemberEventService events;

    MemberEventPhotos(MemberEventService events) {
        this.events = events;
    }

    @Override
    public boolean supports(String ownerType) {
        return MemberEventService.PHOTOS.equals(ownerType);
    }

    @Override
    public void requireReadable(long eventId) {
        events.find(eventId).orElseThrow(() -> new AccessDeniedException("No member event " + eventId));
    }

    @Override
    public void requireWritable(long eventId) {
        MemberEvent event = events.find(eventId).orElseThrow(() -> new AccessDeniedException("No member event " + eventId));
        if (!events.canEdit(event)) {
            throw new AccessDeniedException("Only the association staff reaching its branch add photos to member event " + eventId);
        }
    }
}
