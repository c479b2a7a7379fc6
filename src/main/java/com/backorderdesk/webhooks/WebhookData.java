package com.backorderdesk.webhooks;

import java.util.List;

/** A new endpoint: its URL, the events it wants (wire names), and whether it may be on this server (tests). */
public record WebhookData(String url, List<String> events, Boolean allowLoopback) {
}
