package com.programdesk.api.domain;

import com.programdesk.statistics.imports.domain.ImportProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * A refused (or, for warnings, noted) row of a push: its number (a CSV line as a spreadsheet numbers it,
 * the header being 1; a JSON entry counted from 1), the field, the kind and what the message quotes.
 */
public record PushConflict(int row, String field, ImportProblemKind kind, String detail, @Nullable String detailEn) {
}
