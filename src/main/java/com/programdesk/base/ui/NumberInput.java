package com.programdesk.base.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number typed as text and read on the server. Vaadin's number fields filter keystrokes in the
 * browser ({@code 3.5} arrives as {@code 35}, letters vanish); here the server gets exactly what was
 * typed, and anything that is not an acceptable number shows the field's message instead of a value.
 * Bound to a Binder, the same verdict is the field's default validator, so nothing is written.
 */
public abstract class NumberInput<C extends NumberInput<C, T>, T extends Comparable<? super T>>
        extends AbstractCompositeField<TextField, C, T>
        implements HasLabel, HasPlaceholder, HasSize, HasValidation, HasValidator<T>, Focusable<C> {

    private final List<ValidationStatusChangeListener<T>> statusListeners = new ArrayList<>();
    private T min;
    private T max;
    private boolean readable = true;
    private boolean showing;

    protected NumberInput(T min, T max, String inputMode) {
        super(null);
        this.min = min;
        this.max = max;
        TextField input = getContent();
        input.setManualValidation(true);
        input.getElement().setAttribute("inputmode", inputMode);
        input.addValueChangeListener(e -> {
            if (!showing) {
                typed(e.getValue(), e.isFromClient());
            }
        });
    }

    /** The value of {@code text} (already stripped, half-width), or empty when it is not a number of this kind. */
    protected abstract Optional<T> parse(String text);

    protected abstract String format(T value);

    /** The message shown for anything but a number of this kind in [min, max]. */
    protected abstract String message(T min, T max);

    @Override
    protected TextField initContent() {
        return new TextField();
    }

    public C setRange(T min, T max) {
        this.min = min;
        this.max = max;
        return self();
    }

    /** False while the text typed is not a number in range; {@link #getValue()} is then empty. */
    public boolean isReadable() {
        return readable;
    }

    /**
     * For forms without a Binder: shows the message and answers false when the text is not a number
     * in range, or when it is empty and {@code required}.
     */
    public boolean check(boolean required) {
        if (!readable) {
            showError(message(min, max));
            return false;
        }
        if (required && getValue() == null) {
            showError(getTranslation("validation.required"));
            return false;
        }
        return true;
    }

    @Override
    protected void setPresentationValue(T value) {
        showing = true;
        try {
            getContent().setValue(value == null ? "" : format(value));
        } finally {
            showing = false;
        }
        readable = true;
    }

    private void typed(String text, boolean fromClient) {
        String plain = halfWidth(text == null ? "" : text).strip();
        Optional<T> parsed = plain.isEmpty() ? Optional.empty() : parse(plain).filter(this::inRange);
        readable = plain.isEmpty() || parsed.isPresent();
        if (readable) {
            setInvalid(false);
        } else {
            showError(message(min, max));
        }
        setModelValue(parsed.orElse(null), fromClient);
        ValidationStatusChangeEvent<T> event = new ValidationStatusChangeEvent<>(this, readable);
        List.copyOf(statusListeners).forEach(l -> l.validationStatusChanged(event));
    }

    private boolean inRange(T value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    private void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    @Override
    public Validator<T> getDefaultValidator() {
        return (value, context) -> readable && (value == null || inRange(value)) ? ValidationResult.ok()
                : ValidationResult.error(message(min, max));
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<T> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getContent().setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        getContent().setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }

    @Override
    public void setLabel(String label) {
        getContent().setLabel(label);
    }

    @Override
    public String getLabel() {
        return getContent().getLabel();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getContent().setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return getContent().isReadOnly();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        getContent().setRequiredIndicatorVisible(visible);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return getContent().isRequiredIndicatorVisible();
    }

    public void setAriaLabel(String label) {
        getContent().setAriaLabel(label);
    }

    public void setSuffixComponent(Component suffix) {
        getContent().setSuffixComponent(suffix);
    }

    public void setHelperText(String text) {
        getContent().setHelperText(text);
    }

    public Tooltip setTooltipText(String text) {
        return getContent().setTooltipText(text);
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    /** Full-width digits and signs from a Chinese input method mean the same number. */
    static String halfWidth(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                result.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                result.append('.');
            } else if (c == '，') {
                result.append(',');
            } else if (c == '－') {
                result.append('-');
            } else if (c == '＋') {
                result.append('+');
            } else if (c == '　') {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
