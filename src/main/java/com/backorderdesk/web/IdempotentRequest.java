package com.backorderdesk.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One keyed API request and the answer it got; written in the transaction of its work. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
@NamedQuery(name = IdempotentRequest.EXPIRED_ONE, query = "delete from IdempotentRequest r where r.caller = :caller and r.requestKey = :key and r.createdAt < :before")
@NamedQuery(name = IdempotentRequest.EXPIRED, query = "delete from IdempotentRequest r where r.createdAt < :before")
public class IdempotentRequest {

    static final String EXPIRED_ONE = "IdempotentRequest.expiredOne";
    static final String EXPIRED = "IdempotentRequest.expired";

    /** The primary key: a key is the caller's own (two integrations may pick the same one). */
    public static class Key implements Serializable {
        private String caller;
        private String requestKey;

        public Key() {
        }

        Key(String caller, String requestKey) {
            this.caller = caller;
            this.requestKey = requestKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller) && Objects.equals(requestKey, key.requestKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, requestKey);
        }
    }

    @Id
    private String caller;
    @Id
    private String requestKey;
    private String fingerprint;
    private int status;
    @Column(length = 1_000_000)
    private String body;
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    /** The key taken, before the work: the answer follows in the same transaction. */
    IdempotentRequest(String caller, String requestKey, String fingerprint, Instant createdAt) {
        this.caller = caller;
        this.requestKey = requestKey;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    void answered(int status, String body) {
        this.status = status;
        this.body = body;
    }

    boolean isFor(String fingerprint) {
        return this.fingerprint.equals(fingerprint);
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
