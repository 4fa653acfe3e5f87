package com.programdesk.institution.service;

import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionRepository;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The rules an institution must meet before it is saved; the form shows the same rules at the fields. */
final class InstitutionValidator {

    /** Unique constraint name → field, to turn a lost race on a unique value into a field message. */
    static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "uk_institution_name_zh", "nameZh",
            "uk_institution_code", "code");

    private final InstitutionRepository repository;

    InstitutionValidator(InstitutionRepository repository) {
        this.repository = repository;
    }

    void normalize(Institution institution) {
        institution.setNameZh(trimToNull(institution.getNameZh()));
        institution.setNameEn(trimToNull(institution.getNameEn()));
        institution.setShortName(trimToNull(institution.getShortName()));
        institution.setCode(Optional.ofNullable(trimToNull(institution.getCode())).map(c -> c.toUpperCase(Locale.ROOT)).orElse(null));
        institution.setTownship(trimToNull(institution.getTownship()));
        institution.setAddress(trimToNull(institution.getAddress()));
        institution.setContactPerson(trimToNull(institution.getContactPerson()));
        institution.setContactPhone(trimToNull(institution.getContactPhone()));
    }

    void validate(Institution institution) {
        required("nameZh", institution.getNameZh());
        maxLength("nameZh", institution.getNameZh(), Institution.NAME_ZH_MAX);
        maxLength("nameEn", institution.getNameEn(), Institution.NAME_EN_MAX);
        maxLength("shortName", institution.getShortName(), Institution.SHORT_NAME_MAX);
        required("code", institution.getCode());
        maxLength("code", institution.getCode(), Institution.CODE_MAX);
        if (!institution.getCode().matches(Institution.CODE_PATTERN)) {
            throw new InvalidFieldException("code", "institution.error.codeFormat");
        }
        if (institution.getType() == null) {
            throw new InvalidFieldException("type", "validation.required");
        }
        maxLength("township", institution.getTownship(), Institution.TOWNSHIP_MAX);
        maxLength("address", institution.getAddress(), Institution.ADDRESS_MAX);
        maxLength("contactPerson", institution.getContactPerson(), Institution.CONTACT_PERSON_MAX);
        maxLength("contactPhone", institution.getContactPhone(), Institution.CONTACT_PHONE_MAX);
        if (institution.getContactPhone() != null && !PhoneNumbers.isValid(institution.getContactPhone())) {
            throw new InvalidFieldException("contactPhone", "validation.phoneFormat");
        }
        if (isNameTaken(institution.getNameZh(), institution.getId())) {
            throw new InvalidFieldException("nameZh", "institution.error.nameTaken");
        }
        if (isCodeTaken(institution.getCode(), institution.getId())) {
            throw new InvalidFieldException("code", "institution.error.codeTaken");
        }
        if (institution.getParentId() != null && !repository.existsById(institution.getParentId())) {
            throw new InvalidFieldException("parentId", "institution.error.parentMissing");
        }
        if (wouldCreateCycle(institution.getId(), institution.getParentId())) {
            throw new InvalidFieldException("parentId", "institution.error.parentCycle");
        }
    }

    boolean isNameTaken(String nameZh, Long exceptId) {
        return nameZh != null && repository.findByNameZh(nameZh.strip())
                .filter(other -> !Objects.equals(other.getId(), exceptId)).isPresent();
    }

    boolean isCodeTaken(String code, Long exceptId) {
        return code != null && repository.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(other -> !Objects.equals(other.getId(), exceptId)).isPresent();
    }

    boolean wouldCreateCycle(Long institutionId, Long parentId) {
        if (institutionId == null || parentId == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(institutionId)) {
                return true;
            }
            current = repository.findParentIdOf(current).orElse(null);
        }
        return current != null; // an existing loop further up counts as a cycle too
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "validation.required");
        }
    }

    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(field, "validation.maxLength");
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
