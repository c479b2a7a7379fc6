package com.backorderdesk.catalog;

import com.backorderdesk.catalog.Warehouse;
import com.backorderdesk.platform.Problem;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** How many days a transfer takes from one warehouse to another (one way; the way back is its own lane). */
@Entity
@NamedQuery(name = TransferLane.ALL, query = "select l from TransferLane l join fetch l.from f join fetch l.to t order by f.code, t.code")
@NamedQuery(name = TransferLane.BETWEEN, query = "select l from TransferLane l where l.from = :from and l.to = :to")
public class TransferLane {

    public static final String ALL = "TransferLane.all";
    public static final String BETWEEN = "TransferLane.between";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_warehouse_id")
    private Warehouse from;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_warehouse_id")
    private Warehouse to;
    private int days;

    protected TransferLane() {
    }

    TransferLane(Warehouse from, Warehouse to, int days) {
        if (from.getCode().equals(to.getCode())) {
            throw Problem.invalid("to", "A transfer lane joins two different warehouses.");
        }
        this.from = from;
        this.to = to;
        changeDays(days);
    }

    void changeDays(int days) {
        if (days < 0 || days > 365) {
            throw Problem.invalid("days", "must be between 0 and 365");
        }
        this.days = days;
    }

    public Long getId() {
        return id;
    }

    public Warehouse getFrom() {
        return from;
    }

    public Warehouse getTo() {
        return to;
    }

    public int getDays() {
        return days;
    }
}
