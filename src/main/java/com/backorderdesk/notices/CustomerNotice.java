package com.backorderdesk.notices;

import com.backorderdesk.ordering.SalesOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import java.time.Instant;

/** A mail that went to a customer about an order (through the outbox, in the same transaction). */
@Entity
@NamedQuery(name = CustomerNotice.OF_ORDER, query = "select n from CustomerNotice n where n.order = :order order by n.at, n.id")
public class CustomerNotice {

    static final String OF_ORDER = "CustomerNotice.ofOrder";

    /** The first notice that something waits, a later update, the confirmation of a choice. */
    public enum Kind { BACKORDER, UPDATE, CHOICE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SalesOrder order;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String subject;
    private Instant at;
    private String recipient;

    protected CustomerNotice() {
    }

    CustomerNotice(SalesOrder order, Kind kind, String subject, Instant at, String recipient) {
        this.order = order;
        this.kind = kind;
        this.subject = subject;
        this.at = at;
        this.recipient = recipient;
    }

    Kind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    Instant getAt() {
        return at;
    }
}
