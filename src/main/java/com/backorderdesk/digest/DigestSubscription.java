package com.backorderdesk.digest;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** An email address that receives the daily or the weekly digest. */
@Entity
public class DigestSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String email;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    private String createdBy;
    private Instant createdAt;

    protected DigestSubscription() {
    }

    DigestSubscription(String email, Frequency frequency, String createdBy, Instant createdAt) {
        this.email = email.trim();
        this.frequency = frequency;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
