package com.programdesk.attachment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AttachmentRepository extends Repository<Attachment, Long> {

    Attachment save(Attachment attachment);

    Optional<Attachment> findById(long id);

    void delete(Attachment attachment);

    List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerType, long ownerId);
}
