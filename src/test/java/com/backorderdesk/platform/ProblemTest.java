package com.backorderdesk.platform;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void problemsFoundInOnePassAnswerAsTheFirstAndKeepEveryFieldInOrder() {
        Problem all = Problem.all(List.of(Problem.notFound("customer", "Unknown customer 'X'."),
                Problem.invalid("policy", "A policy ends with PARK, BACKORDER or SPLIT."),
                Problem.notFound("lines[1].sku", "Unknown product 'Y'.")));
        assertEquals(Problem.Kind.NOT_FOUND, all.kind());
        assertEquals("customer", all.field());
        assertEquals("Unknown customer 'X'.", all.getMessage());
        assertEquals(List.of("customer", "policy", "lines[1].sku"), List.copyOf(all.fieldErrors().keySet()));
    }

    @Test
    void theFirstFieldIsTheFirstGivenHoweverManyThereAre() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("zeta", "alpha", "mid", "beta", "omega")) {
            errors.put(field, "wrong");
        }
        assertEquals("zeta", Problem.invalid(errors).field());
        assertEquals(List.of("zeta", "alpha", "mid", "beta", "omega"), List.copyOf(Problem.invalid(errors).fieldErrors().keySet()));
    }
}
