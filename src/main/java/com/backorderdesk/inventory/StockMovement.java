package com.backorderdesk.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import java.time.Instant;

/** One line of the stock ledger: when, who, why, by how much, and the on-hand after it. Never changed. */
@Entity
@NamedQuery(name = StockMovement.COUNT_OF_PRODUCT, query = "select count(m) from StockMovement m where m.level.product.sku = :sku")
public class StockMovement {

    public static final String COUNT_OF_PRODUCT = "StockMovement.countOfProduct";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stock_level_id")
    private StockLevel level;
    private Instant at;
    private String username;
    @Enumerated(EnumType.STRING)
    private MovementKind kind;
    private int quantity;
    private int onHandAfter;
    private String reason;
    private String reference;

    protected StockMovement() {
    }

    StockMovement(StockLevel level, MovementKind kind, int quantity, int onHandAfter, Instant at,
                  String username, String reason, String reference) {
        this.level = level;
        this.kind = kind;
        this.quantity = quantity;
        this.onHandAfter = onHandAfter;
        this.at = at;
        this.username = username;
        this.reason = reason;
        this.reference = reference;
    }

    public StockLevel getLevel() {
        return level;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public MovementKind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }
}
