package com.programdesk.team.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TeamMemberRepository extends ListCrudRepository<TeamMember, Long> {
}
