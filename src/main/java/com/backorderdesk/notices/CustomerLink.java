package com.backorderdesk.notices;

import com.backorderdesk.platform.Secrets;
import com.backorderdesk.ordering.SalesOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import java.time.Instant;

/**
 * The link in a notice: 256 random bits, of which only the SHA-256 is kept, so neither the
 * database nor its backups can open an order's page. It leads to one order, until it expires.
 */
@Entity
@NamedQuery(name = CustomerLink.BY_HASH, query = "select k from CustomerLink k join fetch k.order where k.tokenHash = :hash")
public class CustomerLink {

    static final String BY_HASH = "CustomerLink.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SalesOrder order;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;

    protected CustomerLink() {
    }

    private CustomerLink(SalesOrder order, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.order = order;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new link to the order; the token (for the mail only) goes to {@code token}. */
    static CustomerLink issue(SalesOrder order, Instant now, Instant expiresAt, StringBuilder token) {
        String t = Secrets.randomToken();
        token.append(t);
        return new CustomerLink(order, hash(t), now, expiresAt);
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    SalesOrder getOrder() {
        return order;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
