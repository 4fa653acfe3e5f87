package com.programdesk.statistics.catalog.domain;

import com.programdesk.base.domain.Localized;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure computed from reported counts: numerator / denominator × factor (repeat abortion rate
 * ‰ = repeat abortions / induced abortions × 1000), or a plain count when there is no denominator.
 */
public record Indicator(long id, String code, String nameZh, String nameEn, long numeratorId, Long denominatorId, int factor,
                        String descriptionZh, String descriptionEn, String nationalCode) {

    public static final int SCALE = 2;

    public boolean isRate() {
        return denominatorId != null;
    }

    /** ‰, % or nothing for counts and other factors. */
    public String unitSymbol() {
        return switch (factor) {
            case 1000 -> "‰";
            case 100 -> "%";
            case 10000 -> "‱";
            default -> "";
        };
    }

    /** The indicator's value; empty when there is nothing to divide by. */
    public Optional<BigDecimal> valueOf(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null) {
            return Optional.empty();
        }
        if (!isRate()) {
            return Optional.of(numerator.multiply(BigDecimal.valueOf(factor)));
        }
        if (denominator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(BigDecimal.valueOf(factor)).divide(denominator, SCALE, RoundingMode.HALF_UP));
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionZh, descriptionEn);
    }
}
