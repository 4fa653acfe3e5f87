package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What every catalogue item a page edits has in common (a data element, a category, an indicator, a validation
 * rule): its id (null until saved), its version for conflicts, its code, and whether it is retired, by whom and
 * when (the columns {@code retired}, {@code retired_by}, {@code retired_at}). Items are never deleted, only retired.
 */
public abstract class CatalogueItem implements Versioned {

    private @Nullable Long id;
    private @Nullable Integer version;
    private String code = "";
    private boolean retired;
    private @Nullable String retiredBy;
    private @Nullable LocalDateTime retiredAt;

    public boolean isNew() {
        return id == null;
    }

    /** Copies the common part into {@code copy}, for the items' {@code copy()}; returns {@code copy}. */
    protected <T extends CatalogueItem> T copyItemInto(T copy) {
        CatalogueItem item = copy;
        item.id = id;
        item.version = version;
        item.code = code;
        item.retired = retired;
        item.retiredBy = retiredBy;
        item.retiredAt = retiredAt;
        return copy;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    @Override
    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public @Nullable String getRetiredBy() {
        return retiredBy;
    }

    public void setRetiredBy(@Nullable String retiredBy) {
        this.retiredBy = retiredBy;
    }

    public @Nullable LocalDateTime getRetiredAt() {
        return retiredAt;
    }

    public void setRetiredAt(@Nullable LocalDateTime retiredAt) {
        this.retiredAt = retiredAt;
    }
}
