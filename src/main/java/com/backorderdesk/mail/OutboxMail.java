package com.backorderdesk.mail;

import com.backorderdesk.platform.Tries;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A mail to send: PENDING until the SMTP server takes it (SENT); after {@link #MAX_ATTEMPTS}
 * failures, with growing pauses, it is FAILED and waits for an admin's retry.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m where m.status = com.backorderdesk.mail.OutboxMail.Status.PENDING and m.tries.nextAttemptAt <= :now order by m.id")
@NamedQuery(name = OutboxMail.COUNT, query = "select count(m) from OutboxMail m where (:status is null or m.status = :status)")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String COUNT = "OutboxMail.count";
    public static final int MAX_ATTEMPTS = 8;

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String kind;
    private String recipient;
    private String subject;
    private String textBody;
    private String htmlBody;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Embedded
    private Tries tries;
    private Instant createdAt;
    private Instant sentAt;
    private String dedupeKey;

    protected OutboxMail() {
    }

    public OutboxMail(String kind, String recipient, String subject, String textBody, String htmlBody, String dedupeKey, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.dedupeKey = dedupeKey;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.tries = Tries.dueAt(now);
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        tries.succeeded();
    }

    /** Waits 30 s, 1, 2, 4 ... minutes (at most an hour) before the next try; gives up after MAX_ATTEMPTS. */
    void failed(String error, Instant now) {
        if (tries.failed(error, now, 30, MAX_ATTEMPTS)) {
            status = Status.FAILED;
        }
    }

    void retry(Instant now) {
        status = Status.PENDING;
        tries.again(now);
    }

    /**
     * The mail's Message-ID: the same at every attempt (made of its row and the moment it was
     * written), so that a mail system that was handed it twice, when the server died between
     * the SMTP server's yes and marking it sent, can drop the repeat.
     */
    public String messageId(String domain) {
        return "<outbox." + id + "." + createdAt.toEpochMilli() + "@" + domain + ">";
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    /** How many tries, when the next one is due, what went wrong last. */
    public Tries getTries() {
        return tries;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
