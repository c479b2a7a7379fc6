package com.backorderdesk.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    @Test
    void describesItsPlaceInTheWholeList() {
        Page<String> second = new Page<>(List.of("c", "d"), 5, 1, 2);
        assertEquals(3, second.firstItem());
        assertEquals(4, second.lastItem());
        assertEquals(3, second.totalPages());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
        Page<String> last = new Page<>(List.of("e"), 5, 2, 2);
        assertFalse(last.hasNext());
        assertEquals(List.of(1), last.map(String::length).items());
    }

    @Test
    void searchTermsAreLiteralNotPatterns() {
        assertEquals("%drill%", Page.contains(" Drill "));
        assertEquals("%50\\%\\_off%", Page.contains("50%_off"));
        assertEquals("%%", Page.contains(null));
    }

    @Test
    void pageRequestsStayWithinBounds() {
        assertEquals(50, PageRequest.of("2", null, 25).offset());
        assertEquals(new PageRequest(0, 25, true), PageRequest.listed(null, 25));
        assertEquals(new PageRequest(2, 25, true), PageRequest.listed("9", 25).last(51), "past the end of 51 items: the third page");
        assertEquals(new PageRequest(0, 25, true), PageRequest.listed("9", 25).last(0), "an empty list has one, empty, page");
        assertEquals("size", assertThrows(Problem.class, () -> PageRequest.of("0", "1001", 25)).field());
        assertEquals("size", assertThrows(Problem.class, () -> PageRequest.of("0", "0", 25)).field());
        assertEquals("page", assertThrows(Problem.class, () -> PageRequest.of("-1", "10", 25)).field());
    }

    @Test
    void pageRequestsThatAreNotWholeNumbersAreRefusedByName() {
        Problem page = assertThrows(Problem.class, () -> PageRequest.listed("abc", 25));
        assertEquals("page", page.field());
        assertEquals("page must be a whole number", page.getMessage());
        assertEquals("size", assertThrows(Problem.class, () -> PageRequest.of("1", "1.5", 25)).field());
    }
}
