package com.programdesk.statistics.dashboard.domain;

/** One area's or one institution's figure in a comparison; the dashboard drills down to either. */
public record ComparisonRow(Kind kind, long id, String name, Figure figure) {

    public enum Kind { AREA, INSTITUTION }

    public static ComparisonRow institution(long id, String name, Figure figure) {
        return new ComparisonRow(Kind.INSTITUTION, id, name, figure);
    }

    public static ComparisonRow area(long id, String name, Figure figure) {
        return new ComparisonRow(Kind.AREA, id, name, figure);
    }

    public boolean isArea() {
        return kind == Kind.AREA;
    }
}
