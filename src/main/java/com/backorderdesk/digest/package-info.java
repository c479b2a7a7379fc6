/**
 * Daily and weekly digests for managers: subscriptions, the digest's content, and sending it
 * exactly once per kind, period and recipient through the mail outbox.
 */
package com.backorderdesk.digest;
