package com.backorderdesk.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advisor on crafted cases: transfer wins on time, drop-ship wins, what ship-complete costs, how the weights decide. */
class AdvisorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Advisor.Option option(Advisor.Advice advice, Strategy... policy) {
        List<String> names = BackorderPolicy.of(policy).names();
        return advice.options().stream().filter(o -> o.policy().equals(names)).findFirst().orElseThrow();
    }

    @Test
    void transferIsFasterThanTheSupplierButShippingFromTheOtherWarehouseIsBest() {
        PlanInput input = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("EAST", "X", 6).order("X", 5).input(Strategy.BACKORDER);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("X", 14), List.of(BackorderPolicy.DEFAULT), TODAY, Advisor.Costs.DEFAULT);
        assertEquals(List.of("MULTI_WAREHOUSE", "BACKORDER"), advice.recommended(), "everything leaves today");
        Advisor.Option transfer = option(advice, Strategy.TRANSFER, Strategy.BACKORDER);
        Advisor.Option backorder = option(advice, Strategy.BACKORDER);
        assertEquals(TODAY.plusDays(2), transfer.completeBy());
        assertEquals(TODAY.plusDays(16), backorder.completeBy(), "lead time and two days of handling");
        assertEquals(2, transfer.shipNowQuantity());
        assertEquals("20.00", transfer.shipNowValue().toPlainString());
        assertEquals(1, backorder.purchaseOrders());
        assertEquals(0, transfer.purchaseOrders());
        assertTrue(transfer.completeBy().isBefore(backorder.completeBy()), "the transfer beats the supplier");
        assertEquals("25.00", option(advice, Strategy.MULTI_WAREHOUSE, Strategy.BACKORDER).extraCost().toPlainString(),
                "a second shipment, and it leaves from another warehouse");
        assertEquals("16.50", transfer.extraCost().toPlainString(), "a second shipment and 3 units moved");
        assertEquals("MULTI_WAREHOUSE then BACKORDER: complete 16 days sooner for 10.00 more than BACKORDER.", advice.reason());
    }

    @Test
    void transferWinsOnTimeWhenItsLaneIsShort() {
        PlanInput input = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("EAST", "X", 6).order("X", 5).input(Strategy.BACKORDER);
        Advisor.Costs oneDay = costs(Map.of(Advisor.Costs.lane("EAST", "MAIN"), 1), "5.00");
        Advisor.Advice advice = new Advisor().advise(input, Map.of("X", 14), List.of(BackorderPolicy.DEFAULT), TODAY, oneDay);
        assertEquals(List.of("TRANSFER", "BACKORDER"), advice.recommended(), "one day and 1.50 beat a remote shipment");
        assertEquals(TODAY.plusDays(1), option(advice, Strategy.TRANSFER, Strategy.BACKORDER).completeBy(), "the lane's day");
        assertEquals("TRANSFER then BACKORDER: complete 15 days sooner for 1.50 more than BACKORDER.", advice.reason());

        Advisor.Costs sixDays = costs(Map.of(Advisor.Costs.lane("EAST", "MAIN"), 6), "5.00");
        assertEquals(List.of("MULTI_WAREHOUSE", "BACKORDER"),
                new Advisor().advise(input, Map.of("X", 14), List.of(BackorderPolicy.DEFAULT), TODAY, sixDays).recommended(), "a slow lane loses");
    }

    @Test
    void strategiesThatFindNothingAreLeftOutButTheDefaultsAreAlwaysShown() {
        PlanInput input = Scenario.at("MAIN").stock("MAIN", "X", 2).order("X", 5).input(Strategy.BACKORDER);
        BackorderPolicy customers = BackorderPolicy.of(Strategy.TRANSFER, Strategy.PARK);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("X", 14), List.of(customers, BackorderPolicy.DEFAULT), TODAY,
                Advisor.Costs.DEFAULT);
        assertEquals(List.of(List.of("TRANSFER", "PARK"), List.of("BACKORDER"), List.of("PARK"), List.of("SPLIT")),
                advice.options().stream().map(Advisor.Option::policy).toList(),
                "no other warehouse has X and it cannot be drop-shipped: only the defaults and the terminal strategies");
        assertEquals(List.of("TRANSFER", "PARK"), advice.recommended(), "ships complete in one shipment, like PARK; the default wins the tie");
        assertTrue(advice.reason().startsWith("TRANSFER then PARK: the default is already best"), advice.reason());
    }

    @Test
    void whenWaitingCostsNothingTheCheapestWins() {
        PlanInput input = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("EAST", "X", 6).order("X", 5).input(Strategy.BACKORDER);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("X", 14), List.of(BackorderPolicy.DEFAULT), TODAY, costs(Map.of(), "0.00"));
        assertEquals(List.of("PARK"), advice.recommended(), "one shipment, no freight, whatever the wait");
    }

    private static Advisor.Costs costs(Map<String, Integer> lanes, String perDay) {
        Advisor.Costs d = Advisor.Costs.DEFAULT;
        return new Advisor.Costs(d.transferPerUnit(), d.dropShipPerUnit(), d.freightPerShipment(), d.remoteShipment(), new java.math.BigDecimal(perDay),
                d.transferDays(), d.handlingDays(), lanes);
    }

    @Test
    void dropShipWinsWhenNoWarehouseHasTheProduct() {
        PlanInput input = Scenario.at("MAIN").item("Z", 0, true, 0, 0).order("Z", 3).input(Strategy.BACKORDER);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("Z", 3), List.of(BackorderPolicy.DEFAULT), TODAY, Advisor.Costs.DEFAULT);
        assertTrue(advice.recommended().contains("DROP_SHIP"), advice.recommended().toString());
        Advisor.Option drop = option(advice, Strategy.DROP_SHIP, Strategy.BACKORDER);
        assertEquals("6.00", drop.extraCost().toPlainString(), "3 units at the drop-ship surcharge");
        assertEquals(1, drop.shipments());
        assertEquals(0, drop.shipNowQuantity());
    }

    @Test
    void onlyParkShipsTheOrderCompleteInOneShipment() {
        PlanInput input = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("MAIN", "Y", 1).order("X", 2).order("Y", 3).input(Strategy.BACKORDER);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("X", 5, "Y", 5), List.of(BackorderPolicy.DEFAULT), TODAY, Advisor.Costs.DEFAULT);
        Advisor.Option park = option(advice, Strategy.PARK);
        Advisor.Option backorder = option(advice, Strategy.BACKORDER);
        assertEquals(1, park.shipments(), "ship-complete: the customer receives one shipment");
        assertEquals(0, park.shipNowQuantity());
        assertEquals(2, backorder.shipments(), "what is here now, and the rest later");
        assertEquals(3, backorder.shipNowQuantity());
        assertEquals("0.00", park.extraCost().toPlainString());
        assertEquals("15.00", backorder.extraCost().toPlainString(), "one extra shipment of freight");
    }

    @Test
    void listsWhatAPlanLeavesBelowMinimumStock() {
        PlanInput input = Scenario.at("MAIN").item("A", 4, false, 0, 0).stock("MAIN", "A", 5).order("A", 3).input(Strategy.BACKORDER);
        Advisor.Advice advice = new Advisor().advise(input, Map.of("A", 2), List.of(BackorderPolicy.DEFAULT), TODAY, Advisor.Costs.DEFAULT);
        assertEquals(List.of("MAIN:A"), option(advice, Strategy.BACKORDER).belowMinimum());
        assertTrue(advice.reason().contains("default is already best"), advice.reason());
    }
}
