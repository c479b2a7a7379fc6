package com.backorderdesk.mail;

import com.backorderdesk.support.Deployments;
import com.backorderdesk.support.TcpRelay;
import jakarta.annotation.Resource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail session the server configures (wildfly-config/configure.cli) gives up on an SMTP
 * server that takes the connection and then never answers, after BACKORDER_SMTP_TIMEOUT_MILLIS
 * (10 s for the tests, arquillian.xml), instead of holding the outbox's sender for ever.
 */
@ExtendWith(ArquillianExtension.class)
class MailSessionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MailSessionIT.class, TcpRelay.class);
    }

    @Resource(lookup = "java:jboss/mail/Backorder")
    Session session;

    @Test
    void theSessionReachesTheConfiguredServerWithTimeouts() {
        Properties configured = session.getProperties();
        assertEquals("3025", configured.getProperty("mail.smtp.port"), "the SMTP port of the tests' server");
        assertEquals("10000", configured.getProperty("mail.smtp.timeout"));
        assertEquals("10000", configured.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", configured.getProperty("mail.smtp.writetimeout"));
    }

    @Test
    void aSendToAServerThatNeverAnswersFailsInsteadOfHanging() throws Exception {
        try (TcpRelay hanging = new TcpRelay(3025)) {
            hanging.stall(true);
            long start = System.nanoTime();
            // the server's own session, its properties as configured, only the port moved to the silent server
            assertTimeoutPreemptively(Duration.ofSeconds(40), () -> assertThrows(MessagingException.class, () -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect("127.0.0.1", hanging.port(), null, null);
                }
            }), "the send gave up instead of waiting for ever");
            assertTrue(hanging.hanging() > 0, "the server took the connection and said nothing");
            assertTrue(System.nanoTime() - start >= 8_000_000_000L, "it waited for the timeout, not less");
        }
    }
}
