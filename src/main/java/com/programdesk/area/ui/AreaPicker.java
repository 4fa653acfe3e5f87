package com.programdesk.area.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field holding an area's id, showing the chosen area's path (浙江省 / 温州市 / 乐清市); the button
 * opens the tree, loaded as it is expanded, with a search by name or code. Users bound to an area
 * choose within it. Offers active areas only unless told otherwise.
 */
public class AreaPicker extends CustomField<Long> {

    private final transient AreaService areas;
    private final AreaPaths paths;
    private final @Nullable AreaSummary root;
    final TextField shown = new TextField();
    final Button choose = new Button(VaadinIcon.SITEMAP.create());
    final Button clear = new Button(VaadinIcon.CLOSE_SMALL.create());
    private boolean activeOnly = true;
    private boolean clearable;
    private @Nullable AreaSummary chosen;

    public AreaPicker(AreaService areas, @Nullable String label) {
        this.areas = areas;
        this.paths = new AreaPaths(areas);
        this.root = areas.ownArea().orElse(null);
        setLabel(label);
        shown.setReadOnly(true);
        shown.setPlaceholder(getTranslation("area.picker.none"));
        shown.setWidthFull();
        shown.setAriaLabel(label);
        shown.getElement().addEventListener("click", e -> open());
        choose.addThemeVariants(ButtonVariant.LUMO_ICON);
        choose.setAriaLabel(getTranslation("area.picker.choose"));
        choose.setTooltipText(getTranslation("area.picker.choose"));
        choose.addClickListener(e -> open());
        clear.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        clear.setAriaLabel(getTranslation("area.picker.clear"));
        clear.addClickListener(e -> choose(null));
        clear.setVisible(false);
        HorizontalLayout layout = new HorizontalLayout(shown, clear, choose);
        layout.setSpacing(false);
        layout.setPadding(false);
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setFlexGrow(1, shown);
        add(layout);
        setWidthFull();
    }

    /** False offers deactivated areas too (a filter over old records); true by default. */
    public AreaPicker activeOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
        return this;
    }

    /** Shows a button that empties the field. */
    public AreaPicker clearable(boolean clearable) {
        this.clearable = clearable;
        clear.setVisible(clearable && chosen != null && !isReadOnly());
        return this;
    }

    public AreaPicker placeholder(String placeholder) {
        shown.setPlaceholder(placeholder);
        return this;
    }

    /** What screen readers call the field where no label is shown (a filter in a toolbar). */
    public void setAriaLabel(String label) {
        shown.setAriaLabel(label);
    }

    /** The chosen area with its code and level, when there is one. */
    public Optional<AreaSummary> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** The area the tree starts at for this user (their own), if they are bound to one. */
    public Optional<AreaSummary> root() {
        return Optional.ofNullable(root);
    }

    /** Opens the tree to choose from. */
    public void open() {
        if (isReadOnly()) {
            return;
        }
        new AreaPickerDialog(areas, paths, root, activeOnly, chosen, this::choose).open();
    }

    void choose(@Nullable AreaSummary area) {
        chosen = area;
        show();
        updateValue();
    }

    @Override
    protected @Nullable Long generateModelValue() {
        return chosen == null ? null : chosen.id();
    }

    @Override
    protected void setPresentationValue(@Nullable Long id) {
        chosen = id == null ? null : chosen != null && chosen.id() == id ? chosen : areas.summary(id).orElse(null);
        show();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        choose.setVisible(!readOnly);
        clear.setVisible(clearable && chosen != null && !readOnly);
    }

    private void show() {
        shown.setValue(chosen == null ? "" : paths.of(chosen, getLocale()) + (chosen.active() ? "" : " " + getTranslation("area.inactiveMark")));
        shown.setTooltipText(chosen == null ? null : chosen.code());
        clear.setVisible(clearable && chosen != null && !isReadOnly());
    }
}
