package com.backorderdesk.planning;

/**
 * The six ways of handling a shortfall (docs/DESIGN.md). Sourcing strategies cover what they can,
 * in the listed order; exactly one terminal strategy decides about the rest.
 */
public enum Strategy {
    PARK(true), BACKORDER(true), SPLIT(true),
    MULTI_WAREHOUSE(false), TRANSFER(false), DROP_SHIP(false);

    private final boolean terminal;

    Strategy(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
