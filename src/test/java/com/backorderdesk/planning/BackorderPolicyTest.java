package com.backorderdesk.planning;

import com.backorderdesk.ordering.BackorderPolicyConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.backorderdesk.planning.Strategy.BACKORDER;
import static com.backorderdesk.planning.Strategy.DROP_SHIP;
import static com.backorderdesk.planning.Strategy.MULTI_WAREHOUSE;
import static com.backorderdesk.planning.Strategy.PARK;
import static com.backorderdesk.planning.Strategy.SPLIT;
import static com.backorderdesk.planning.Strategy.TRANSFER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackorderPolicyTest {

    @Test
    void theExamplesOfTheDesignAreValid() {
        assertEquals(List.of(BACKORDER), BackorderPolicy.DEFAULT.strategies());
        assertEquals(BACKORDER, BackorderPolicy.of(MULTI_WAREHOUSE, TRANSFER, BACKORDER).terminal());
        assertEquals(SPLIT, BackorderPolicy.of(DROP_SHIP, SPLIT).terminal());
        assertEquals(PARK, BackorderPolicy.of(TRANSFER, PARK).terminal());
        assertTrue(BackorderPolicy.of(TRANSFER, PARK).uses(TRANSFER));
    }

    @Test
    void parsesNamesInAnyCaseAndSeparator() {
        assertEquals(BackorderPolicy.of(MULTI_WAREHOUSE, BACKORDER), BackorderPolicy.parse("multi_warehouse, backorder"));
        assertEquals(BackorderPolicy.of(DROP_SHIP, SPLIT), BackorderPolicy.parse(" drop-ship  split "));
        assertEquals(BackorderPolicy.of(TRANSFER, PARK), BackorderPolicy.parse(List.of("TRANSFER", "PARK")));
        assertEquals("MULTI_WAREHOUSE, BACKORDER", BackorderPolicy.parse("MULTI_WAREHOUSE,BACKORDER").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TRANSFER", "BACKORDER, TRANSFER", "PARK, BACKORDER", "TRANSFER, TRANSFER, PARK",
            "BACKORDER, BACKORDER", "FLY", "MULTI_WAREHOUSE, SPLIT, DROP_SHIP"})
    void refusesWhatTheDesignRefuses(String text) {
        InvalidPolicy problem = assertThrows(InvalidPolicy.class, () -> BackorderPolicy.parse(text));
        assertTrue(problem.getMessage().length() > 20, problem.getMessage());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertTrue(assertThrows(InvalidPolicy.class, () -> BackorderPolicy.parse("PARK, PARK")).getMessage().contains("twice"));
        assertTrue(assertThrows(InvalidPolicy.class, () -> BackorderPolicy.parse("TRANSFER")).getMessage().contains("must end with"));
        assertTrue(assertThrows(InvalidPolicy.class, () -> BackorderPolicy.parse("SPLIT, PARK")).getMessage().contains("only one terminal"));
    }

    @Test
    void aMistakeIsSaidBesideTheOthersAndABlankPolicyIsNone() {
        assertEquals(java.util.Optional.empty(), BackorderPolicy.mistakeIn(" "));
        assertEquals(java.util.Optional.empty(), BackorderPolicy.mistakeIn("transfer backorder"));
        assertTrue(BackorderPolicy.mistakeIn("FOO").orElseThrow().startsWith("Unknown strategy 'FOO'"));
        assertTrue(BackorderPolicy.mistakeIn("PARK, PARK").orElseThrow().contains("twice"));
    }

    @Test
    void aFormsPolicyFieldGivesItsNamesBlanksLeftOut() {
        assertEquals(List.of("TRANSFER", "backorder"), BackorderPolicy.names(" TRANSFER,, backorder "));
        assertEquals(List.of(), BackorderPolicy.names(null));
    }

    @Test
    void onlyAParkedShipCompleteOrderHoldsWhatArrives() {
        assertTrue(BackorderPolicy.of(TRANSFER, PARK).holdsArrivals(OrderStatus.PARKED));
        assertFalse(BackorderPolicy.of(TRANSFER, PARK).holdsArrivals(OrderStatus.COMPLETED));
        assertFalse(BackorderPolicy.of(BACKORDER).holdsArrivals(OrderStatus.BACKORDERED));
        assertFalse(BackorderPolicy.of(SPLIT).holdsArrivals(OrderStatus.PARKED));
    }

    @Test
    void storesAndReadsBackThroughTheConverter() {
        BackorderPolicyConverter converter = new BackorderPolicyConverter();
        BackorderPolicy policy = BackorderPolicy.of(MULTI_WAREHOUSE, TRANSFER, BACKORDER);
        assertEquals("MULTI_WAREHOUSE,TRANSFER,BACKORDER", converter.convertToDatabaseColumn(policy));
        assertEquals(policy, converter.convertToEntityAttribute("MULTI_WAREHOUSE,TRANSFER,BACKORDER"));
        assertEquals(null, converter.convertToEntityAttribute(null));
    }
}
