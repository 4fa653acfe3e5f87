package com.programdesk.institution.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    Optional<Institution> findByNameZh(String nameZh);

    Optional<Institution> findByCode(String code);

    boolean existsByParentId(Long parentId);

    @Query("SELECT id FROM institution WHERE parent_id IN (:parentIds)")
    List<Long> findIdsByParentIdIn(java.util.Collection<Long> parentIds);

    @Query("SELECT parent_id FROM institution WHERE id = :id")
    Optional<Long> findParentIdOf(Long id);

    long countByActiveTrue();
}
