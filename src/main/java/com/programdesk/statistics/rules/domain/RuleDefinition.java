package com.programdesk.statistics.rules.domain;

import com.programdesk.base.domain.Localized;
import com.programdesk.statistics.catalog.domain.CatalogueItem;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A validation rule as the form's rules page edits it: code (fixed once saved), left expression, operator, right
 * expression, severity, message in both languages, its version for conflicts, the form and form version it belongs
 * to and whether it is retired.
 */
public class RuleDefinition extends CatalogueItem {

    public static final int CODE_MAX = ElementDefinition.CODE_MAX;
    public static final int EXPRESSION_MAX = 500;
    public static final int MESSAGE_MAX = 300;

    private long formId;
    private @Nullable Long formVersionId;
    private String leftExpression = "";
    private RuleOperator operator = RuleOperator.AT_MOST;
    private String rightExpression = "";
    private Severity severity = Severity.ERROR;
    private String messageZh = "";
    private String messageEn = "";

    public RuleDefinition() {
    }

    /** A new rule of a form. */
    public RuleDefinition(long formId) {
        this.formId = formId;
    }

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public RuleDefinition copy() {
        RuleDefinition copy = new RuleDefinition(formId);
        copy.formVersionId = formVersionId;
        copy.leftExpression = leftExpression;
        copy.operator = operator;
        copy.rightExpression = rightExpression;
        copy.severity = severity;
        copy.messageZh = messageZh;
        copy.messageEn = messageEn;
        return copyItemInto(copy);
    }

    /** The rule as written: {@code left operator right}. */
    public String formula() {
        return leftExpression + " " + (operator == null ? "?" : operator.symbol()) + " " + rightExpression;
    }

    public String message(Locale locale) {
        return Localized.pick(locale, messageZh, messageEn);
    }

    /** What the audit log records of a change. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("formId", formId);
        fields.put("formVersionId", formVersionId);
        fields.put("code", getCode());
        fields.put("leftExpression", leftExpression);
        fields.put("operator", operator == null ? null : operator.symbol());
        fields.put("rightExpression", rightExpression);
        fields.put("severity", severity);
        fields.put("messageZh", messageZh);
        fields.put("messageEn", messageEn);
        return fields;
    }

    public long getFormId() {
        return formId;
    }

    public void setFormId(long formId) {
        this.formId = formId;
    }

    public @Nullable Long getFormVersionId() {
        return formVersionId;
    }

    public void setFormVersionId(@Nullable Long formVersionId) {
        this.formVersionId = formVersionId;
    }

    public String getLeftExpression() {
        return leftExpression;
    }

    public void setLeftExpression(String leftExpression) {
        this.leftExpression = leftExpression;
    }

    public RuleOperator getOperator() {
        return operator;
    }

    public void setOperator(RuleOperator operator) {
        this.operator = operator;
    }

    public String getRightExpression() {
        return rightExpression;
    }

    public void setRightExpression(String rightExpression) {
        this.rightExpression = rightExpression;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getMessageZh() {
        return messageZh;
    }

    public void setMessageZh(String messageZh) {
        this.messageZh = messageZh;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }
}
