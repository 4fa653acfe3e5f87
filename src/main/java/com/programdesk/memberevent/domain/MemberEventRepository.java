package com.programdesk.memberevent.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface MemberEventRepository extends ListCrudRepository<MemberEvent, Long> {
}
