package com.backorderdesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/** Who replenishes products: lead time in days for purchase orders, and whether it drop-ships. */
@Entity
@NamedQuery(name = Supplier.BY_CODE, query = "select s from Supplier s where s.code = :code")
@NamedQuery(name = Supplier.SEARCH, query = "select s from Supplier s where lower(s.code) like :q escape '\\' or lower(s.name) like :q escape '\\' order by s.code")
@NamedQuery(name = Supplier.COUNT, query = "select count(s) from Supplier s where lower(s.code) like :q escape '\\' or lower(s.name) like :q escape '\\'")
public class Supplier {

    public static final String BY_CODE = "Supplier.byCode";
    public static final String SEARCH = "Supplier.search";
    public static final String COUNT = "Supplier.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String code;
    private String name;
    private String email;
    private int leadTimeDays;
    private boolean dropShips;
    @Version
    private long version;

    protected Supplier() {
    }

    public Supplier(SupplierData data) {
        this.code = data.code();
        update(data);
    }

    public void update(SupplierData data) {
        this.name = data.name().trim();
        this.email = data.email().trim();
        this.leadTimeDays = data.leadTimeDays();
        this.dropShips = data.dropShips();
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

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public boolean isDropShips() {
        return dropShips;
    }
}
