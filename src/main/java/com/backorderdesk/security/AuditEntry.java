package com.backorderdesk.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

import java.time.Instant;

/** One line of the audit trail: who did what to which record, and when. Never changed. */
@Entity
@NamedQuery(name = AuditEntry.COUNT, query = "select count(a) from AuditEntry a where lower(a.username) like :q escape '\\' or lower(a.subject) like :q escape '\\' or lower(a.action) like :q escape '\\'")
@NamedQuery(name = AuditEntry.OF_SUBJECT, query = "select a from AuditEntry a where a.subject = :subject order by a.at desc, a.id desc")
public class AuditEntry {

    public static final String OF_SUBJECT = "AuditEntry.ofSubject";
    public static final String COUNT = "AuditEntry.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private Instant at;
    private String username;
    private String action;
    private String subject;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, String action, String subject, String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.subject = truncate(subject, 120);
        this.detail = truncate(detail, 500);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
