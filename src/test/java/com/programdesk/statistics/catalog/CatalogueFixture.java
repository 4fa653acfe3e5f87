package com.programdesk.statistics.catalog;

import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Catalogue items as a coordinator would type them in the editors, for the tests that build their own catalogue: each with
 * a unique code starting {@code prefix} and a unique Chinese name, so tests never collide.
 */
public final class CatalogueFixture {

    private CatalogueFixture() {
    }

    /** A new data element of {@code type} and {@code aggregation}, counted in {@code unitZh}. */
    public static ElementDefinition element(String prefix, String nameZh, String nameEn, ValueType type, Aggregation aggregation,
                                            String unitZh) {
        ElementDefinition element = new ElementDefinition();
        element.setCode(code(prefix));
        element.setNameZh(TestData.unique(nameZh));
        element.setNameEn(nameEn);
        element.setUnitZh(unitZh);
        element.setValueType(type);
        element.setAggregation(aggregation);
        return element;
    }

    /** A new monthly form, due on the 5th, with {@code rows}, in force from {@code validFrom}. */
    public static FormDefinition monthlyForm(String prefix, String nameZh, String nameEn, List<FormRow> rows, LocalDate validFrom) {
        FormDefinition form = new FormDefinition();
        form.setCode(code(prefix));
        form.setNameZh(TestData.unique(nameZh));
        form.setNameEn(nameEn);
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(rows);
        form.setValidFrom(validFrom);
        return form;
    }

    /** A new count indicator (no denominator, factor 1, two decimals). */
    public static IndicatorDefinition indicator(String prefix, String nameZh, String nameEn, String numerator, Direction direction) {
        IndicatorDefinition indicator = new IndicatorDefinition();
        indicator.setCode(code(prefix));
        indicator.setNameZh(TestData.unique(nameZh));
        indicator.setNameEn(nameEn);
        indicator.setNumeratorExpression(numerator);
        indicator.setFactor(1);
        indicator.setDecimals(2);
        indicator.setDirection(direction);
        return indicator;
    }

    /** A temporary CSV file holding {@code text}, as a user would upload it. */
    public static Path csv(String prefix, String text) {
        try {
            Path file = Files.createTempFile(prefix, ".csv");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(String prefix) {
        return TestData.unique(prefix).toUpperCase(Locale.ROOT);
    }
}
