package com.backorderdesk.planning;

import com.backorderdesk.planning.Plan.LinePlan;
import com.backorderdesk.planning.Plan.Transfer;
import com.backorderdesk.planning.Plan.Replenishment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.backorderdesk.planning.OrderStatus.BACKORDERED;
import static com.backorderdesk.planning.OrderStatus.COMPLETED;
import static com.backorderdesk.planning.OrderStatus.PARKED;
import static com.backorderdesk.planning.OrderStatus.PARTIALLY_COMPLETED;
import static com.backorderdesk.planning.Strategy.BACKORDER;
import static com.backorderdesk.planning.Strategy.DROP_SHIP;
import static com.backorderdesk.planning.Strategy.MULTI_WAREHOUSE;
import static com.backorderdesk.planning.Strategy.PARK;
import static com.backorderdesk.planning.Strategy.SPLIT;
import static com.backorderdesk.planning.Strategy.TRANSFER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/DESIGN.md, each strategy, the pairs that make sense, and priority order. */
class PlannerTest {

    /** shipNow, held, inTransfer, dropShipped, backordered of a line. */
    private static void assertLine(LinePlan line, int quantity, int shipNow, int held, int inTransfer, int dropShipped, int backordered) {
        assertEquals(List.of(quantity, shipNow, held, inTransfer, dropShipped, backordered),
                List.of(line.quantity(), line.shipNow(), line.held(), line.inTransfer(), line.dropShipped(), line.backordered()),
                line.sku() + ": quantity, shipNow, held, inTransfer, dropShipped, backordered");
    }

    @Nested
    class WorkedExamplesOfTheDesign {

        @Test
        void parkHoldsWhatItHasAndOrdersTheRest() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 4).order("X", 6).plan(PARK);
            assertEquals(PARKED, plan.status());
            assertLine(plan.lines().get(0), 6, 0, 4, 0, 0, 2);
            assertTrue(plan.shipments().isEmpty(), "no pick-pack-ship record");
            assertEquals(List.of(new Replenishment("MAIN", "SUP", "X", 2)), plan.replenishments());
        }

        @Test
        void splitCompletesWhatShipsAndOpensAChildForTheRest() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("MAIN", "Y", 5).order("X", 6).order("Y", 3).plan(SPLIT);
            assertEquals(COMPLETED, plan.status());
            assertLine(plan.lines().get(0), 2, 2, 0, 0, 0, 0);
            assertLine(plan.lines().get(1), 3, 3, 0, 0, 0, 0);
            assertEquals(Map.of("MAIN", Map.of("X", 2, "Y", 3)), plan.shipments(), "one record");
            assertEquals(1, plan.childLines().size());
            assertLine(plan.childLines().get(0), 4, 0, 0, 0, 0, 4);
            assertEquals(List.of(new Replenishment("MAIN", "SUP", "X", 4)), plan.replenishments());
        }

        @Test
        void multiWarehouseShipsFromOthersInPriorityOrder() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 1).stock("EAST", "X", 4).stock("WEST", "X", 9)
                    .order("X", 8).plan(MULTI_WAREHOUSE, BACKORDER);
            assertEquals(COMPLETED, plan.status());
            assertEquals(Map.of("MAIN", Map.of("X", 1), "EAST", Map.of("X", 4), "WEST", Map.of("X", 3)), plan.shipments());
            assertTrue(plan.replenishments().isEmpty());
        }

        @Test
        void transferMovesTheShortfallAndTheRestShipsNow() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("EAST", "X", 6).order("X", 5).plan(TRANSFER, BACKORDER);
            assertEquals(PARTIALLY_COMPLETED, plan.status());
            assertLine(plan.lines().get(0), 5, 2, 0, 3, 0, 0);
            assertEquals(Map.of("MAIN", Map.of("X", 2)), plan.shipments());
            assertEquals(List.of(new Transfer("EAST", "MAIN", "X", 3, false)), plan.transfers());
        }

        @Test
        void dropShipCoversWhatTheSupplierShips() {
            Plan plan = Scenario.at("MAIN").item("Z", 0, true, 0, 0).order("Z", 3).plan(DROP_SHIP, BACKORDER);
            assertEquals(COMPLETED, plan.status());
            assertLine(plan.lines().get(0), 3, 0, 0, 0, 3, 0);
            assertEquals(3, plan.lines().get(0).processed());
            assertTrue(plan.shipments().isEmpty());
            assertEquals(List.of(new Plan.DropShip("SUP", "Z", 3)), plan.dropShips());
        }

        @Test
        void multiWarehouseThenDropShip() {
            Plan plan = Scenario.at("MAIN").item("Z", 0, true, 0, 0).stock("MAIN", "Z", 1).stock("EAST", "Z", 1)
                    .order("Z", 5).plan(MULTI_WAREHOUSE, DROP_SHIP, BACKORDER);
            assertEquals(COMPLETED, plan.status());
            assertEquals(Map.of("MAIN", Map.of("Z", 1), "EAST", Map.of("Z", 1)), plan.shipments());
            assertLine(plan.lines().get(0), 5, 2, 0, 0, 3, 0);
        }

        @Test
        void dropShipDoesNotApplyToProductsThatCannotBeDropShipped() {
            Plan plan = Scenario.at("MAIN").order("Q", 2).plan(DROP_SHIP, BACKORDER);
            assertEquals(BACKORDERED, plan.status());
            assertLine(plan.lines().get(0), 2, 0, 0, 0, 0, 2);
            assertTrue(plan.dropShips().isEmpty());
            assertEquals(List.of(new Replenishment("MAIN", "SUP", "Q", 2)), plan.replenishments());
        }

        @Test
        void replenishmentTopsUpToTheMinimumStock() {
            Plan plan = Scenario.at("MAIN").item("A", 5, false, 0, 0).stock("MAIN", "A", 3).order("A", 10).plan(BACKORDER);
            assertLine(plan.lines().get(0), 10, 3, 0, 0, 0, 7);
            assertEquals(List.of(new Replenishment("MAIN", "SUP", "A", 12)), plan.replenishments());
        }
    }

    @Nested
    class Replenishment_ {

        @Test
        void isNetOfWhatOpenPurchaseOrdersBring() {
            Plan plan = Scenario.at("MAIN").item("A", 5, false, 4, 6).order("A", 2).plan(BACKORDER);
            assertEquals(List.of(new Replenishment("MAIN", "SUP", "A", 5)), plan.replenishments(), "4 + 2 + 5 - 6");
        }

        @Test
        void isNothingWhenEnoughIsOnOrder() {
            Plan plan = Scenario.at("MAIN").item("A", 5, false, 4, 20).order("A", 2).plan(BACKORDER);
            assertTrue(plan.replenishments().isEmpty());
        }
    }

    @Nested
    class EachTerminalStrategy {

        @Test
        void backorderWithNothingAvailableIsBackordered() {
            Plan plan = Scenario.at("MAIN").order("X", 3).plan(BACKORDER);
            assertEquals(BACKORDERED, plan.status());
            assertTrue(plan.picks().isEmpty());
        }

        @Test
        void everyTerminalStrategyShipsACompleteOrderAtOnce() {
            for (var terminal : List.of(PARK, BACKORDER, SPLIT)) {
                Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 9).order("X", 4).plan(terminal);
                assertEquals(COMPLETED, plan.status(), terminal.name());
                assertEquals(Map.of("MAIN", Map.of("X", 4)), plan.shipments(), terminal.name());
                assertFalse(plan.hasChild(), terminal.name());
            }
        }

        @Test
        void splitWithNothingToShipOpensNoChild() {
            Plan plan = Scenario.at("MAIN").order("X", 3).plan(SPLIT);
            assertEquals(BACKORDERED, plan.status());
            assertFalse(plan.hasChild());
            assertLine(plan.lines().get(0), 3, 0, 0, 0, 0, 3);
        }

        @Test
        void splitMovesWhollyShortLinesToTheChild() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 2).order("X", 2).order("Y", 4).plan(SPLIT);
            assertEquals(List.of("X"), plan.lines().stream().map(LinePlan::sku).toList());
            assertEquals(List.of("Y"), plan.childLines().stream().map(LinePlan::sku).toList());
        }
    }

    @Nested
    class Pairs {

        @Test
        void transferThenPark() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 1).stock("EAST", "X", 2).order("X", 4).plan(TRANSFER, PARK);
            assertEquals(PARKED, plan.status());
            assertLine(plan.lines().get(0), 4, 0, 1, 2, 0, 1);
            assertEquals(List.of(new Transfer("EAST", "MAIN", "X", 2, false)), plan.transfers());
        }

        @Test
        void parkFilledFromOtherWarehousesShipsAtOnce() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 1).stock("WEST", "X", 5).order("X", 4).plan(MULTI_WAREHOUSE, PARK);
            assertEquals(COMPLETED, plan.status());
            assertEquals(Map.of("MAIN", Map.of("X", 1), "WEST", Map.of("X", 3)), plan.shipments());
        }

        @Test
        void transferThenSplitLeavesTheTransferWithTheChild() {
            Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 2).stock("EAST", "X", 1).order("X", 5).plan(TRANSFER, SPLIT);
            assertEquals(COMPLETED, plan.status());
            assertLine(plan.lines().get(0), 2, 2, 0, 0, 0, 0);
            assertLine(plan.childLines().get(0), 3, 0, 0, 1, 0, 2);
            assertEquals(List.of(new Transfer("EAST", "MAIN", "X", 1, true)), plan.transfers());
        }

        @Test
        void dropShipThenSplitNeedsNoChildWhenTheSupplierShipsTheRest() {
            Plan plan = Scenario.at("MAIN").item("Z", 0, true, 0, 0).stock("MAIN", "Z", 1).order("Z", 4).plan(DROP_SHIP, SPLIT);
            assertEquals(COMPLETED, plan.status());
            assertFalse(plan.hasChild());
            assertLine(plan.lines().get(0), 4, 1, 0, 0, 3, 0);
        }

        @Test
        void theListedOrderOfSourcingStrategiesDecides() {
            Scenario scenario = Scenario.at("MAIN").stock("EAST", "X", 3).order("X", 3);
            Plan multiFirst = scenario.plan(MULTI_WAREHOUSE, TRANSFER, BACKORDER);
            assertEquals(Map.of("EAST", Map.of("X", 3)), multiFirst.shipments());
            assertTrue(multiFirst.transfers().isEmpty());
            Plan transferFirst = scenario.plan(TRANSFER, MULTI_WAREHOUSE, BACKORDER);
            assertTrue(transferFirst.shipments().isEmpty());
            assertEquals(List.of(new Transfer("EAST", "MAIN", "X", 3, false)), transferFirst.transfers());
        }

        @Test
        void withoutSourcingStrategiesOtherWarehousesAreNotTouched() {
            Plan plan = Scenario.at("MAIN").stock("EAST", "X", 9).order("X", 2).plan(BACKORDER);
            assertEquals(BACKORDERED, plan.status());
            assertTrue(plan.picks().isEmpty());
        }
    }

    @Test
    void warehousePriorityDecidesNotTheOrderOfDeclaration() {
        Plan plan = Scenario.at("MAIN").priority("WEST", 0).stock("EAST", "X", 5).stock("WEST", "X", 5)
                .order("X", 6).plan(MULTI_WAREHOUSE, BACKORDER);
        assertEquals(Map.of("WEST", Map.of("X", 5), "EAST", Map.of("X", 1)), plan.shipments());
    }

    @Test
    void linesOfOneOrderDoNotTakeTheSameUnitTwice() {
        Plan plan = Scenario.at("MAIN").stock("MAIN", "X", 3).stock("MAIN", "Y", 0).stock("EAST", "X", 2)
                .order("X", 4).order("Y", 1).plan(MULTI_WAREHOUSE, BACKORDER);
        assertEquals(Map.of("MAIN", Map.of("X", 3), "EAST", Map.of("X", 1)), plan.shipments());
    }
}
