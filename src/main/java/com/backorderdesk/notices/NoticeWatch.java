package com.backorderdesk.notices;

import com.backorderdesk.ordering.SalesOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An order whose customer is kept informed: what they were last told ({@link CustomerView} as
 * JSON) and when; {@code changed} when something happened to the order since it was last
 * looked at. Done once the customer was told that nothing waits any more.
 */
@Entity
@NamedQuery(name = NoticeWatch.DUE, query = "select w.id from NoticeWatch w where w.done = false "
        + "and (w.changed = true or w.checkedOn is null or w.checkedOn < :today) order by w.id")
@NamedQuery(name = NoticeWatch.OF_ORDER, query = "select w from NoticeWatch w where w.order = :order")
public class NoticeWatch {

    static final String DUE = "NoticeWatch.due";
    static final String OF_ORDER = "NoticeWatch.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SalesOrder order;
    private String told;
    private Instant toldAt;
    private LocalDate checkedOn;
    private boolean changed;
    private boolean done;
    @Version
    private long version;

    protected NoticeWatch() {
    }

    NoticeWatch(SalesOrder order) {
        this.order = order;
        this.changed = true;
    }

    /** Looked at today: nothing (more) to tell until the order changes or a new day comes. */
    void checked(LocalDate today) {
        this.checkedOn = today;
        this.changed = false;
    }

    /** The customer was told {@code view} (JSON) at {@code at}; once nothing waits, the watch is over. */
    void told(String view, Instant at, LocalDate today, boolean nothingWaits) {
        this.told = view;
        this.toldAt = at;
        checked(today);
        this.done = nothingWaits;
    }

    /** Whether there is something to look at: a change, or not yet looked at today (another server may have been first). */
    boolean isDue(LocalDate today) {
        return !done && (changed || checkedOn == null || checkedOn.isBefore(today));
    }

    SalesOrder getOrder() {
        return order;
    }

    /** What the customer was last told (JSON), or null before the first notice. */
    String getTold() {
        return told;
    }

    Instant getToldAt() {
        return toldAt;
    }

    boolean isDone() {
        return done;
    }
}
