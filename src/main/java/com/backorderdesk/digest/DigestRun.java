package com.backorderdesk.digest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest sent: kind, period, recipient (unique together), when, and its figures (in all and
 * per status), so the next digest of that kind to that recipient can say what changed.
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
    @ElementCollection
    @CollectionTable(name = "digest_run_figure", joinColumns = @JoinColumn(name = "digest_run_id"))
    private List<RunFigure> figures = new ArrayList<>();

    protected DigestRun() {
    }

    DigestRun(Frequency kind, String period, String recipient, Instant createdAt, int waitingOrders, BigDecimal waitingValue,
              List<RunFigure> figures) {
        this.figures.addAll(figures);
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

    public List<RunFigure> getFigures() {
        return figures;
    }
}
