package com.programdesk.statistics.dashboard.ui.chart;

import java.util.Locale;

/**
 * Builds SVG markup as text. Every text and attribute value goes through {@link #escape}: names
 * and labels come from users and must never become markup. Coordinates are written with at most
 * one decimal to keep the markup (held in the session until the browser has it) small.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(4096);

    SvgWriter open(double width, double height, String cssClass, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" class=\"chart ").append(escape(cssClass)).append("\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>").append(escape(label)).append("</title>");
        return this;
    }

    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    SvgWriter rect(double x, double y, double width, double height, String cssClass, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(width, 0)))
                .append("\" height=\"").append(num(height)).append("\" class=\"").append(cssClass).append('"');
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    SvgWriter circle(double x, double y, double r, String cssClass, String tooltip) {
        out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r))
                .append("\" class=\"").append(cssClass).append("\"><title>").append(escape(tooltip)).append("</title></circle>");
        return this;
    }

    /** Text at (x, y); anchor start, middle or end. */
    SvgWriter text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    SvgWriter path(String d, String cssClass) {
        out.append("<path d=\"").append(d).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    /** A group; {@code attributes} must come from {@link #attribute}. */
    SvgWriter group(String attributes) {
        out.append("<g").append(attributes).append('>');
        return this;
    }

    SvgWriter title(String tooltip) {
        out.append("<title>").append(escape(tooltip)).append("</title>");
        return this;
    }

    SvgWriter end(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String attribute(String name, String value) {
        return " " + name + "=\"" + escape(value) + "\"";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Roughly how wide a label is at a font size: CJK characters a full em, others about half. */
    static double textWidth(String text, double fontSize) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? fontSize : fontSize * 0.58;
        }
        return width;
    }

    /** The label shortened with "…" to fit {@code width}. */
    static String fit(String text, double width, double fontSize) {
        if (text == null || textWidth(text, fontSize) <= width) {
            return text == null ? "" : text;
        }
        StringBuilder fitted = new StringBuilder();
        double used = fontSize;
        for (int i = 0; i < text.length(); i++) {
            double w = text.charAt(i) > 0x2E80 ? fontSize : fontSize * 0.58;
            if (used + w > width) {
                break;
            }
            fitted.append(text.charAt(i));
            used += w;
        }
        return fitted.append('…').toString();
    }
}
