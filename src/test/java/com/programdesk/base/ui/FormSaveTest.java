package com.programdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** A form's save either goes through, shows the refused field, or shows that someone saved meanwhile; nothing else is swallowed. */
class FormSaveTest {

    private final List<String> shown = new ArrayList<>();

    @Test
    void aSaveThatGoesThroughShowsNoError() {
        FormSave.run(() -> shown.add("saved, closed"), e -> shown.add("refused"), () -> shown.add("conflict"));

        assertThat(shown).containsExactly("saved, closed");
    }

    @Test
    void aRefusedValueIsShownAtItsFieldAndTheFormStaysOpen() {
        FormSave.run(() -> {
            throwRefusal();
            shown.add("closed");
        }, e -> shown.add(e.field() + " " + e.messageKey()), () -> shown.add("conflict"));

        assertThat(shown).containsExactly("title validation.required");
    }

    @Test
    void aStaleCopyShowsTheFormsConflict() {
        FormSave.run(() -> {
            throwConflict();
            shown.add("closed");
        }, e -> shown.add("refused"), () -> shown.add("conflict"));

        assertThat(shown).containsExactly("conflict");
    }

    @Test
    void aRecordSomeoneElseCreatedAtTheSameMomentShowsTheFormsConflict() {
        FormSave.run(() -> {
            throw new DuplicateKeyException("Duplicate entry for key 'uk_stat_report_period'");
        }, e -> shown.add("refused"), () -> shown.add("conflict"));

        assertThat(shown).containsExactly("conflict");
    }

    @Test
    void aStepWithoutFieldsShowsTheConflictAndLetsARefusalThrough() {
        FormSave.run(FormSaveTest::throwConflict, () -> shown.add("conflict"));

        assertThat(shown).containsExactly("conflict");
        assertThatThrownBy(() -> FormSave.run(FormSaveTest::throwRefusal, () -> shown.add("conflict again")))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(shown).containsExactly("conflict");
    }

    @Test
    void otherFailuresAreNotSwallowed() {
        assertThatThrownBy(() -> FormSave.run(() -> {
            throw new IllegalStateException("database down");
        }, e -> shown.add("refused"), () -> shown.add("conflict"))).hasMessage("database down");
        assertThat(shown).isEmpty();
    }

    private static void throwRefusal() {
        throw new InvalidFieldException("title", "validation.required");
    }

    private static void throwConflict() {
        throw new OptimisticLockingFailureException("changed meanwhile");
    }
}
