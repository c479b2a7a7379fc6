package com.backorderdesk.fulfillment;

import java.util.List;

/** Fired in the transaction of a receipt (or count) that filled waiting lines: the alerts' mails listen. */
public record RestockMatched(String source, List<RestockMatch> matches) {
}
