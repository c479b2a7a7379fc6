package com.backorderdesk.shipping;

/** REQUESTED (stock held at the source) -> IN_TRANSIT (left the source) -> RECEIVED (arrived). */
public enum TransferStatus {
    REQUESTED, IN_TRANSIT, RECEIVED
}
