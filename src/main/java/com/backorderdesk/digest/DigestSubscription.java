package com.backorderdesk.digest;

import com.backorderdesk.catalog.Warehouse;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** An email address that receives the daily or the weekly digest, of every warehouse or of one. */
@Entity
public class DigestSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String email;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    /** Only this warehouse's orders, matches and purchase orders; null: all. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Warehouse warehouse;
    private String createdBy;
    private Instant createdAt;

    protected DigestSubscription() {
    }

    DigestSubscription(String email, Frequency frequency, Warehouse warehouse, String createdBy, Instant createdAt) {
        this.email = email.trim();
        this.frequency = frequency;
        this.warehouse = warehouse;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    /** The warehouse code the digest is limited to, or null for all. */
    public String getWarehouseCode() {
        return warehouse == null ? null : warehouse.getCode();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
