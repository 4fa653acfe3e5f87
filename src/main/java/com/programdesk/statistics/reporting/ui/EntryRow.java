package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.ui.FieldLimits;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One data element's row in the entry grid: name (its description as tooltip), unit, last period's
 * value, this period's value and a note, and the messages that concern it right below. Read-only
 * rows show plain text instead of fields, which keeps a reviewer's session light.
 */
final class EntryRow extends Div {

    final String code;
    /** Null when the row is read-only or a yes/no choice. */
    final TextField value;
    /** A yes/no row's choice (是 = 1, 否 = 0, empty for a draft); null otherwise and when read-only. */
    final Select<Long> choice;
    final TextField note;
    final Div message = new Div();
    private final ReportCell stored;
    private final ValueType type;
    /** A cell of a crossed table: only the value (last period's as helper), the note shown when needed, the messages. */
    private final boolean compact;
    /** A disaggregated element's option cells: its value is their sum, computed, never typed. */
    private final List<EntryRow> parts = new ArrayList<>();

    EntryRow(DataElement element, ReportCell stored, Long previous, boolean editable, Locale locale, Runnable changed) {
        this(element, element.name(locale), stored, previous, editable, locale, changed);
    }

    /** A row named {@code label}: an option cell shows only its options' names, indented under its element. */
    EntryRow(DataElement element, String label, ReportCell stored, Long previous, boolean editable, Locale locale, Runnable changed) {
        this(element, label, stored, previous, editable, locale, changed, false);
    }

    /**
     * {@code compact}: a cell of a two-category element's crossed table (rows × columns), without name, unit and
     * last period's column: last period's value is the field's helper, the note appears when it is needed or kept.
     */
    EntryRow(DataElement element, String label, ReportCell stored, Long previous, boolean editable, Locale locale, Runnable changed,
             boolean compact) {
        this.code = element.code();
        this.stored = stored;
        this.type = element.valueType();
        this.compact = compact;
        addClassName(compact ? "entry-cell" : "entry-row");
        if (!compact) {
            Span name = new Span(label);
            name.addClassName("entry-name");
            if (element.description(locale) != null) {
                Tooltip.forComponent(name).withText(element.description(locale));
            }
            Span unit = new Span(element.unit(locale));
            unit.addClassName("secondary");
            Span last = new Span(previous == null ? "—" : text(type, previous));
            last.addClassName("entry-number");
            add(name, unit, last);
        }
        if (editable && type == ValueType.YES_NO) {
            value = null;
            choice = new Select<>();
            choice.setItems(1L, 0L);
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption("—");
            choice.setItemLabelGenerator(v -> v == null ? "—" : getTranslation(v == 1L ? "report.yes" : "report.no"));
            choice.setAriaLabel(element.name(locale));
            choice.addClassName("entry-value");
            choice.setValue(stored == null ? null : stored.value());
            choice.addValueChangeListener(e -> changed.run());
            note = note(element, stored, locale, changed);
            add(choice, note);
        } else if (editable) {
            choice = null;
            value = new TextField();
            value.setAriaLabel(element.name(locale));
            value.addClassName("entry-value");
            value.setValueChangeMode(ValueChangeMode.LAZY);
            value.setManualValidation(true);
            value.setValue(stored == null || stored.value() == null ? "" : typedText(type, stored.value()));
            if (type == ValueType.PERCENTAGE) {
                value.setSuffixComponent(new Span("%"));
            }
            value.addValueChangeListener(e -> {
                if (!isTotal()) {
                    changed.run();
                }
            });
            note = note(element, stored, locale, changed);
            if (compact) {
                value.setHelperText(previous == null ? null : getTranslation("report.cross.previous", previous));
                note.setVisible(!note.getValue().isBlank());
            }
            add(value, note);
        } else {
            value = null;
            choice = null;
            note = null;
            Span shown = new Span(stored == null || stored.value() == null ? "—" : text(type, stored.value()));
            shown.addClassNames("entry-number", "entry-value");
            Span explained = new Span(stored == null || stored.note() == null ? "" : stored.note());
            explained.addClassName("entry-note");
            add(shown, explained);
        }
        message.addClassName("entry-message");
        message.setVisible(false);
        add(message);
    }

    private TextField note(DataElement element, ReportCell stored, Locale locale, Runnable changed) {
        TextField field = FieldLimits.maxLength(new TextField(), ReportCell.NOTE_MAX);
        field.setPlaceholder(getTranslation("report.note.placeholder"));
        field.setAriaLabel(getTranslation("report.column.note") + " · " + element.name(locale));
        field.addClassName("entry-note");
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.setManualValidation(true);
        field.setValue(stored == null || stored.note() == null ? "" : stored.note());
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    /** A stored value as the grid shows it read-only: 是/否, {@code 12.5%}, or the number. */
    private String text(ValueType valueType, long stored) {
        return switch (valueType) {
            case YES_NO -> getTranslation(stored == 1 ? "report.yes" : "report.no");
            case PERCENTAGE -> ValueType.percentText(stored) + "%";
            case WHOLE_NUMBER -> String.valueOf(stored);
        };
    }

    /** A stored value as it is typed back into its field: a percentage as {@code 12.5}. */
    private static String typedText(ValueType valueType, long stored) {
        return valueType == ValueType.PERCENTAGE ? ValueType.percentText(stored) : String.valueOf(stored);
    }

    /** Makes this row the total of its option cells' rows: read-only, computed as they are typed. */
    void totalOf(List<EntryRow> cells) {
        parts.addAll(cells);
        addClassName("entry-total");
        if (value != null) {
            value.setReadOnly(true);
            value.setHelperText(getTranslation("report.total.helper"));
            refreshTotal();
        }
    }

    boolean isTotal() {
        return !parts.isEmpty();
    }

    /** Shows the sum of the cells as they stand (those that read as counts). */
    void refreshTotal() {
        if (value != null && isTotal()) {
            Long total = typed().value();
            value.setValue(total == null ? "" : String.valueOf(total));
        }
    }

    TypedCount typed() {
        if (isTotal()) {
            Long total = null;
            for (EntryRow part : parts) {
                TypedCount typed = part.typed();
                if (typed.isReadable() && typed.value() != null) {
                    total = (total == null ? 0 : total) + typed.value();
                }
            }
            return new TypedCount(total, null);
        }
        if (choice != null) {
            return new TypedCount(choice.getValue(), null);
        }
        if (value == null) {
            return new TypedCount(stored == null ? null : stored.value(), null);
        }
        return type == ValueType.PERCENTAGE ? TypedCount.readPercent(value.getValue()) : TypedCount.read(value.getValue());
    }

    /** The row as the services take it; only asked for when {@link #typed()} is readable. */
    ReportCell cell() {
        String explanation = note == null ? (stored == null ? null : stored.note()) : note.getValue();
        return new ReportCell(typed().value(), explanation == null || explanation.isBlank() ? null : explanation.strip());
    }

    boolean hasNote() {
        return cell().note() != null;
    }

    /** Shows what is wrong (red) and what needs a look and an explanation (amber); a missing explanation marks the note. */
    void show(Collection<String> errors, Collection<String> warnings, boolean noteMissing) {
        message.removeAll();
        errors.forEach(text -> message.add(line(text, "entry-error")));
        warnings.forEach(text -> message.add(line(text, "entry-warning")));
        message.setVisible(!errors.isEmpty() || !warnings.isEmpty());
        setClassName("has-error", !errors.isEmpty());
        setClassName("has-warning", errors.isEmpty() && !warnings.isEmpty());
        if (choice != null) {
            choice.setInvalid(!errors.isEmpty());
        }
        if (value != null) {
            value.setInvalid(!errors.isEmpty());
        }
        if (note != null) {
            if (compact) {
                note.setVisible(!warnings.isEmpty() || !note.getValue().isBlank());
            }
            note.setRequiredIndicatorVisible(!warnings.isEmpty());
            note.setPlaceholder(getTranslation(warnings.isEmpty() ? "report.note.placeholder" : "report.note.explain"));
            note.setInvalid(noteMissing);
            note.setErrorMessage(noteMissing ? getTranslation("report.error.noteRequired") : null);
        }
    }

    /** The text of the messages shown, for tests and screen readers alike. */
    String messageText() {
        return message.getChildren().map(c -> c.getElement().getText()).filter(Objects::nonNull)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Span line(String text, String className) {
        Span line = new Span(text);
        line.addClassName(className);
        return line;
    }
}
