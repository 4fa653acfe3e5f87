package com.programdesk.area.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AreaRepository extends ListCrudRepository<Area, Long> {

    Optional<Area> findByCode(String code);

    @Query("SELECT * FROM area WHERE id IN (:ids)")
    List<Area> findAllByIdIn(java.util.Collection<Long> ids);
}
