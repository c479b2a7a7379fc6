package com.backorderdesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {

    @Test
    void aConnectionThatFailsOrFallsSilentIsAnUnreachableServer() {
        assertTrue(Outbox.unreachable(new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))));
        assertTrue(Outbox.unreachable(new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void aServerThatRefusesOneMailIsReachable() {
        assertFalse(Outbox.unreachable(new SendFailedException("Invalid Addresses")));
        assertFalse(Outbox.unreachable(new MessagingException("554 Transaction failed")));
    }
}
