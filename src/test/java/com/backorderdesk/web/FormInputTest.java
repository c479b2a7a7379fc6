package com.backorderdesk.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormInputTest {

    @Test
    void aFormThatShowsAFieldShowsItsRowsSoOnlyOtherMessagesGoToTheTop() {
        FormInput form = FormInput.prefilled(Map.of());
        form.reject("lines[0].quantity", "must be a whole number");
        form.reject("lines", "at least one line");
        form.reject("linesOfCredit", "unknown");
        form.reject("customer", "Unknown customer 'X'.");
        assertEquals(List.of("linesOfCredit: unknown", "customer: Unknown customer 'X'."), form.otherErrors(List.of("lines")));
        assertEquals(List.of("linesOfCredit: unknown"), form.otherErrors(List.of("lines", "customer")));
    }
}
