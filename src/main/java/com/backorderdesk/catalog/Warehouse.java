package com.backorderdesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

/**
 * A place that holds stock. Lower priority numbers are tried first when stock is pulled from
 * other warehouses. Created active; can be deactivated (it then supplies nothing) but not
 * deleted, since stock and orders refer to it.
 */
@Entity
@NamedQuery(name = Warehouse.BY_CODE, query = "select w from Warehouse w where w.code = :code")
@NamedQuery(name = Warehouse.SEARCH, query = "select w from Warehouse w where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\' order by w.priority, w.code")
@NamedQuery(name = Warehouse.COUNT, query = "select count(w) from Warehouse w where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\'")
@NamedQuery(name = Warehouse.ALL_BY_PRIORITY, query = "select w from Warehouse w order by w.priority, w.code")
public class Warehouse {

    public static final String BY_CODE = "Warehouse.byCode";
    public static final String SEARCH = "Warehouse.search";
    public static final String COUNT = "Warehouse.count";
    public static final String ALL_BY_PRIORITY = "Warehouse.allByPriority";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String code;
    private String name;
    private int priority;
    private boolean active;
    private boolean autoMatch;
    @Version
    private long version;

    protected Warehouse() {
    }

    public Warehouse(WarehouseData data) {
        this.code = data.code();
        this.active = true;
        this.autoMatch = true;
        update(data);
    }

    /** Changes name, priority and the active flag; the code never changes. */
    public void update(WarehouseData data) {
        this.name = data.name().trim();
        this.priority = data.priority();
        if (data.active() != null) {
            this.active = data.active();
        }
        if (data.autoMatch() != null) {
            this.autoMatch = data.autoMatch();
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

    public int getPriority() {
        return priority;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAutoMatch() {
        return autoMatch;
    }
}
