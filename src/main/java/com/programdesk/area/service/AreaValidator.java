package com.programdesk.area.service;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.domain.AreaRepository;
import com.programdesk.base.service.InvalidFieldException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The rules an area meets before it is saved; the editor and the import show them at the field or row. */
final class AreaValidator {

    static final Map<String, String> UNIQUE_FIELDS = Map.of("uk_area_code", "code");

    private final AreaRepository repository;

    AreaValidator(AreaRepository repository) {
        this.repository = repository;
    }

    void validate(Area area, @Nullable Area parent) {
        if (area.getNameZh().isBlank()) {
            throw new InvalidFieldException("nameZh", "validation.required");
        }
        if (area.getNameZh().length() > Area.NAME_ZH_MAX) {
            throw new InvalidFieldException("nameZh", "validation.maxLength");
        }
        if (area.getNameEn() != null && area.getNameEn().length() > Area.NAME_EN_MAX) {
            throw new InvalidFieldException("nameEn", "validation.maxLength");
        }
        if (area.getLevel() == AreaLevel.PROVINCE ? parent != null : parent == null) {
            throw new InvalidFieldException("parentId", area.getLevel() == AreaLevel.PROVINCE ? "area.error.provinceHasNoParent" : "validation.required");
        }
        if (parent != null) {
            if (!area.isNew() && parent.getPath().startsWith(area.getPath())) {
                throw new InvalidFieldException("parentId", "area.error.cycle");
            }
            if (parent.getLevel().below() != area.getLevel() || !parent.getLevel().hasChildren()) {
                throw new InvalidFieldException("parentId", "area.error.levelUnderParent");
            }
            if (!parent.isActive() && area.isActive()) {
                throw new InvalidFieldException("parentId", "area.error.parentInactive");
            }
        }
        checkCode(area.getCode(), area.getLevel(), parent);
        if (isCodeTaken(area.getCode(), area.getId())) {
            throw new InvalidFieldException("code", "area.error.codeTaken");
        }
        if (area.getValidFrom() != null && area.getValidTo() != null && area.getValidTo().isBefore(area.getValidFrom())) {
            throw new InvalidFieldException("validTo", "area.error.validity");
        }
    }

    /** Digits only, the level's length, padded with zeros, and starting with the parent's own digits. */
    static void checkCode(String code, AreaLevel level, @Nullable Area parent) {
        if (code.isBlank()) {
            throw new InvalidFieldException("code", "validation.required");
        }
        if (!code.chars().allMatch(Character::isDigit) || code.length() != level.codeLength()) {
            throw new InvalidFieldException("code", level == AreaLevel.TOWNSHIP ? "area.error.codeFormatTownship" : "area.error.codeFormat");
        }
        if (!level.isPaddedCorrectly(code)) {
            throw new InvalidFieldException("code", "area.error.codeLevel");
        }
        if (parent != null && !code.startsWith(parent.getLevel().prefixOf(parent.getCode()))) {
            throw new InvalidFieldException("code", "area.error.codePrefix");
        }
    }

    boolean isCodeTaken(String code, @Nullable Long exceptId) {
        return repository.findByCode(code).filter(other -> !Objects.equals(other.getId(), exceptId)).isPresent();
    }
}
