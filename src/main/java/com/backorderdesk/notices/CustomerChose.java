package com.backorderdesk.notices;

/** Fired in the transaction of a customer's choice through the link in a notice. */
public record CustomerChose(String order, String choice, String status, String at) {
}
