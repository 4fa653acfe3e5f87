package com.programdesk.supervision.checklists.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.domain.ChecklistTemplateRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision checklists. A saved version never changes: coordinators edit by saving the next
 * version, which new rounds use, while visits keep the version they were recorded with.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistTemplateService {

    static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";
    static final String READERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "','" + Roles.VIEWER + "')";
    static final int MAX_ITEMS = 200;
    public static final int MAX_SCORE = 100;
    private static final AuditedEntity ENTITY = AuditedEntity.CHECKLIST_TEMPLATE;

    private final ChecklistTemplateRepository templates;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistTemplateService(ChecklistTemplateRepository templates, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current version of every checklist (a handful), for lists and pickers. */
    @PreAuthorize(READERS)
    public List<ChecklistTemplate> latest() {
        return templates.findByLatestTrueOrderByName();
    }

    /** Any version, for showing a visit's checklist; institution staff see the items their findings refer to. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ChecklistTemplate> find(long id) {
        return templates.findById(id);
    }

    @PreAuthorize(READERS)
    public List<ChecklistTemplate> versionsOf(String family) {
        return templates.findByFamilyOrderByVersionNoDesc(family);
    }

    /** Saves a new checklist as version 1 of a new family. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ChecklistTemplate create(String name, List<ChecklistItem> items) {
        ChecklistTemplate first = new ChecklistTemplate("CL-" + UUID.randomUUID().toString().substring(0, 8), name, validated(name, items));
        first.setVersionNo(1);
        first.setLatest(true);
        return stored(first);
    }

    /**
     * Saves the edited checklist as the next version of {@code base}'s family. Refused when someone
     * saved a newer version since {@code base} was read.
     */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ChecklistTemplate revise(ChecklistTemplate base, String name, List<ChecklistItem> items) {
        ChecklistTemplate current = templates.findByFamilyAndLatestTrue(base.getFamily())
                .filter(latest -> latest.getId().equals(base.getId()) && latest.getVersion().equals(base.getVersion()))
                .orElseThrow(() -> new OptimisticLockingFailureException(ENTITY + " " + base.getFamily() + " has a newer version"));
        ChecklistTemplate next = current.nextVersion(name, validated(name, items));
        current.setLatest(false);
        templates.save(current);
        return stored(next);
    }

    private ChecklistTemplate stored(ChecklistTemplate template) {
        template.setCreatedBy(currentUser.actorName());
        template.setCreatedAt(LocalDateTime.now(clock));
        ChecklistTemplate saved = templates.save(template);
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), "name: " + saved.getName() + ", version: " + saved.getVersionNo()
                + ", items: " + saved.getItems().size());
        return saved;
    }

    private static List<ChecklistItem> validated(String name, List<ChecklistItem> items) {
        TextInput.required(name, "name", ChecklistTemplate.NAME_MAX);
        if (items == null || items.isEmpty()) {
            throw new InvalidFieldException("items", "checklist.error.noItems");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidFieldException("items", "checklist.error.tooManyItems");
        }
        List<ChecklistItem> clean = new ArrayList<>();
        for (ChecklistItem item : items) {
            String category = strip(item.category());
            String text = strip(item.text());
            String guidance = strip(item.guidance());
            if (category == null || text == null) {
                throw new InvalidFieldException("items", "checklist.error.itemIncomplete");
            }
            if (category.length() > ChecklistItem.CATEGORY_MAX || text.length() > ChecklistItem.TEXT_MAX
                    || (guidance != null && guidance.length() > ChecklistItem.GUIDANCE_MAX)) {
                throw new InvalidFieldException("items", "checklist.error.itemTooLong");
            }
            if (item.maxScore() != null && (item.maxScore() < 1 || item.maxScore() > MAX_SCORE)) {
                throw new InvalidFieldException("items", "checklist.error.score");
            }
            clean.add(new ChecklistItem(category, text, guidance, item.maxScore()));
        }
        return clean;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
