package com.backorderdesk.mail;

/** Fired when a mail is written to the outbox; after the transaction commits, sending starts. */
public record MailQueued(long id) {
}
