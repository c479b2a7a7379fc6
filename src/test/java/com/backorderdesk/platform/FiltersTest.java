package com.backorderdesk.platform;

import com.backorderdesk.planning.OrderStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiltersTest {

    @Test
    void blankMeansNoFilter() {
        assertNull(Filters.optional("  "));
        assertNull(Filters.optional(null));
        assertEquals("MAIN", Filters.optional(" MAIN "));
        assertNull(Filters.optional(OrderStatus.class, "", "status"));
    }

    @Test
    void enumWordsInAnyCaseOrA400NamingTheField() {
        assertEquals(OrderStatus.PARKED, Filters.optional(OrderStatus.class, " parked ", "status"));
        Problem problem = assertThrows(Problem.class, () -> Filters.required(OrderStatus.class, "LOST", "status"));
        assertEquals("status", problem.field());
        assertEquals(Problem.Kind.INVALID, problem.kind());
        assertTrue(problem.getMessage().contains("PARKED, BACKORDERED"), problem.getMessage());
        assertTrue(assertThrows(Problem.class, () -> Filters.required(OrderStatus.class, null, "status")).getMessage()
                .startsWith("status must be filled in. Use PARKED"), "a missing word is asked for, not called 'null'");
    }
}
