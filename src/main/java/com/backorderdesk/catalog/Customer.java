package com.backorderdesk.catalog;

import com.backorderdesk.planning.BackorderPolicy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.util.Optional;

/**
 * Who orders. Its backorder policy, when set, replaces the system default for its orders (an
 * order can still override it).
 */
@Entity
@NamedQuery(name = Customer.BY_CODE, query = "select c from Customer c where c.code = :code")
@NamedQuery(name = Customer.BY_CODE_ANY_CASE, query = "select c from Customer c where lower(c.code) = lower(:code)")
@NamedQuery(name = Customer.SEARCH, query = "select c from Customer c where lower(c.code) like :q escape '\\' or lower(c.name) like :q escape '\\' order by c.code")
@NamedQuery(name = Customer.COUNT, query = "select count(c) from Customer c where lower(c.code) like :q escape '\\' or lower(c.name) like :q escape '\\'")
public class Customer {

    public static final String BY_CODE = "Customer.byCode";
    public static final String BY_CODE_ANY_CASE = "Customer.byCodeAnyCase";
    public static final String SEARCH = "Customer.search";
    public static final String COUNT = "Customer.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String code;
    private String name;
    private String email;
    private String shipTo;
    private BackorderPolicy backorderPolicy;
    private boolean backorderNotices = true;
    @Version
    private long version;

    protected Customer() {
    }

    public Customer(CustomerData data, BackorderPolicy policy) {
        this.code = data.code();
        update(data, policy);
    }

    public void update(CustomerData data, BackorderPolicy policy) {
        this.name = data.name().trim();
        this.email = data.email().trim();
        this.shipTo = data.shipTo().trim();
        this.backorderPolicy = policy;
        if (data.backorderNotices() != null) {
            this.backorderNotices = data.backorderNotices();
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getShipTo() {
        return shipTo;
    }

    /** Whether the customer's address gets backorder notices (an order can still opt out). */
    public boolean wantsNotices() {
        return backorderNotices;
    }

    /** The customer's own policy, if it has one. */
    public Optional<BackorderPolicy> getBackorderPolicy() {
        return Optional.ofNullable(backorderPolicy);
    }
}
