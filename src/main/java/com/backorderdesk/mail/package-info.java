/**
 * Outgoing mail through the WildFly mail session, never in the way of business: mails are
 * written to an outbox in the transaction that causes them and sent after it commits, with
 * retries and back-off, so a failing SMTP server neither rolls back an order nor loses a mail.
 */
package com.backorderdesk.mail;
