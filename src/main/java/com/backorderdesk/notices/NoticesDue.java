package com.backorderdesk.notices;

/** Fired in a transaction that gave a watch something to look at: after the commit, the watches are looked at. */
public record NoticesDue() {
}
