package com.backorderdesk.inventory;

import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The restock matches made in the current transaction, in the order they were made: a
 * receipt answers with them without reading back thousands of rows it has just written.
 */
@TransactionScoped
public class MatchesMade implements Serializable {

    private final List<RestockMatched.Filled> lines = new ArrayList<>();

    void matched(@Observes RestockMatched event) {
        lines.addAll(event.lines());
    }

    public List<RestockMatched.Filled> lines() {
        return List.copyOf(lines);
    }
}
