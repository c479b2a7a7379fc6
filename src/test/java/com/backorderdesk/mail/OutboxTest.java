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
    void aServerThatStaysSilentTimesOut() {
        assertTrue(Outbox.timedOut(new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));
        assertTrue(Outbox.timedOut(new MessagingException("Couldn't connect to host", new SocketTimeoutException("Connect timed out"))));
    }

    @Test
    void aServerThatIsDownOrRefusesOneMailFailsAtOnce() {
        assertFalse(Outbox.timedOut(new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))));
        assertFalse(Outbox.timedOut(new SendFailedException("Invalid Addresses")));
        assertFalse(Outbox.timedOut(new MessagingException("554 Transaction failed")));
    }
}
