package com.programdesk.security.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did it, as people read it: the display name and institution of the login names that records
 * keep (timelines, 记录人, uploads). One query for all the names of a page, never one per row. The
 * institution (its short name in Chinese) is added unless the display name already carries it.
 */
@Service
@Transactional(readOnly = true)
public class PeopleNames {

    private final JdbcClient jdbc;

    PeopleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people behind {@code usernames} (nulls and unknown names are allowed), looked up at once. */
    @PreAuthorize("isAuthenticated()")
    public Lookup of(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Person> people = new HashMap<>();
        if (!wanted.isEmpty()) {
            jdbc.sql("""
                    SELECT u.username, u.display_name, COALESCE(i.short_name, i.name_zh) AS name_zh, i.name_en FROM app_user u
                    LEFT JOIN institution i ON i.id = u.institution_id WHERE u.username IN (:names)""")
                    .param("names", wanted)
                    .query((rs, n) -> new Person(rs.getString("username"), rs.getString("display_name"), rs.getString("name_zh"),
                            rs.getString("name_en")))
                    .list().forEach(p -> people.put(p.username(), p));
        }
        return new Lookup(people);
    }

    @PreAuthorize("isAuthenticated()")
    public String label(String username, Locale locale) {
        return of(Set.of(username == null ? "" : username)).label(username, locale);
    }

    public record Person(String username, String displayName, String institutionZh, String institutionEn) {
    }

    /** The names found; a login name nobody has (e.g. the system's own "system") is shown as it is. */
    public record Lookup(Map<String, Person> people) {

        public String label(String username, Locale locale) {
            Person person = username == null ? null : people.get(username);
            if (person == null) {
                return username == null ? "" : username;
            }
            boolean chinese = locale == null || "zh".equals(locale.getLanguage());
            String institution = chinese || person.institutionEn() == null ? person.institutionZh() : person.institutionEn();
            if (institution == null || person.displayName().contains(institution)) {
                return person.displayName();
            }
            return chinese ? person.displayName() + "（" + institution + "）" : person.displayName() + " (" + institution + ")";
        }
    }
}
