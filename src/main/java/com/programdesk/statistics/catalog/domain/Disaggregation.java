package com.programdesk.statistics.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One or two categories whose options, crossed, make an element's cells (at most {@link #MAX_CELLS}).
 * A cell's option combination is its option codes joined by '.', in the categories' order; the child
 * element's code is the parent's code, a '.', and that combination; its names the parent's with the
 * options' names in brackets, as a regional platform's column heading reads ("人工流产例数（<20岁）").
 */
public record Disaggregation(List<Category> categories) {

    public static final int MAX_CELLS = 12;

    public Disaggregation {
        categories = List.copyOf(categories);
    }

    public int cellCount() {
        return categories.stream().mapToInt(c -> c.options().size()).reduce(1, (a, b) -> a * b);
    }

    /** Every option combination in order (the first category's options outermost). */
    public List<List<CategoryOption>> combinations() {
        List<List<CategoryOption>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (Category category : categories) {
            List<List<CategoryOption>> next = new ArrayList<>();
            for (List<CategoryOption> prefix : combinations) {
                for (CategoryOption option : category.options()) {
                    List<CategoryOption> combination = new ArrayList<>(prefix);
                    combination.add(option);
                    next.add(List.copyOf(combination));
                }
            }
            combinations = next;
        }
        return combinations;
    }

    public static String comboCode(List<CategoryOption> options) {
        return options.stream().map(CategoryOption::code).collect(Collectors.joining("."));
    }

    public static String cellCode(String parentCode, List<CategoryOption> options) {
        return parentCode + "." + comboCode(options);
    }

    public static String cellNameZh(String parentName, List<CategoryOption> options) {
        return parentName + "（" + options.stream().map(CategoryOption::nameZh).collect(Collectors.joining("，")) + "）";
    }

    public static String cellNameEn(String parentName, List<CategoryOption> options) {
        return parentName + " (" + options.stream().map(CategoryOption::nameEn).collect(Collectors.joining(", ")) + ")";
    }
}
