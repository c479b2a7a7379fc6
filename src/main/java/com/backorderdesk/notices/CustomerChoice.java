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

/**
 * What a customer chose for an order, once (the order's unique key makes a second choice lose
 * its race); unread, it is an alert for the clerk who entered the order.
 */
@Entity
@NamedQuery(name = CustomerChoice.OF_ORDER, query = "select c from CustomerChoice c where c.order = :order")
@NamedQuery(name = CustomerChoice.UNREAD, query = "select c.id from CustomerChoice c where c.recipient = :recipient and c.readAt is null")
@NamedQuery(name = CustomerChoice.LIST, query = "select c from CustomerChoice c join fetch c.order o join fetch o.customer "
        + "where (:recipient is null or c.recipient = :recipient) order by c.at desc, c.id desc")
@NamedQuery(name = CustomerChoice.COUNT, query = "select count(c) from CustomerChoice c where (:recipient is null or c.recipient = :recipient)")
@NamedQuery(name = CustomerChoice.MARK_READ, query = "update CustomerChoice c set c.readAt = :now where c.recipient = :recipient and c.readAt is null")
public class CustomerChoice {

    static final String OF_ORDER = "CustomerChoice.ofOrder";
    static final String UNREAD = "CustomerChoice.unread";
    static final String LIST = "CustomerChoice.list";
    static final String COUNT = "CustomerChoice.count";
    static final String MARK_READ = "CustomerChoice.markRead";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SalesOrder order;
    @Enumerated(EnumType.STRING)
    private Choice choice;
    private Instant at;
    private String address;
    private String recipient;
    private Instant readAt;

    protected CustomerChoice() {
    }

    CustomerChoice(SalesOrder order, Choice choice, Instant at, String address) {
        this.order = order;
        this.choice = choice;
        this.at = at;
        this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.recipient = order.getCreatedBy();
    }

    SalesOrder getOrder() {
        return order;
    }

    Choice getChoice() {
        return choice;
    }

    Instant getAt() {
        return at;
    }

    String getRecipient() {
        return recipient;
    }

    boolean isRead() {
        return readAt != null;
    }
}
