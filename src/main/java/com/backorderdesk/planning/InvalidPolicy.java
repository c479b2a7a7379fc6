package com.backorderdesk.planning;

/**
 * A backorder policy that cannot be: no strategy, an unknown one, one named twice, or not
 * exactly one terminal strategy last. The message is for a person; the boundary that read the
 * policy says which field it came from.
 */
public class InvalidPolicy extends IllegalArgumentException {

    public InvalidPolicy(String message) {
        super(message);
    }
}
