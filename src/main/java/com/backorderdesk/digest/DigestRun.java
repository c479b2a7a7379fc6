package com.backorderdesk.digest;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A digest sent: kind, period, recipient (unique together), when, and the headline figures,
 * so the next digest of that kind can say what changed.
 */
@Entity
public class DigestRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Frequency kind;
    private String period;
    private String recipient;
    private Instant createdAt;
    private int waitingOrders;
    private BigDecimal waitingValue;

    protected DigestRun() {
    }

    DigestRun(Frequency kind, String period, String recipient, Instant createdAt, int waitingOrders, BigDecimal waitingValue) {
        this.kind = kind;
        this.period = period;
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.waitingOrders = waitingOrders;
        this.waitingValue = waitingValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getWaitingOrders() {
        return waitingOrders;
    }

    public BigDecimal getWaitingValue() {
        return waitingValue;
    }
}
