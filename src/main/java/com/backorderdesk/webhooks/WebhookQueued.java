package com.backorderdesk.webhooks;

/** Fired when deliveries are written; after the transaction commits, sending starts. */
public record WebhookQueued() {
}
