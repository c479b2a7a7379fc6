package com.backorderdesk.catalog;

import java.util.Map;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.platform.Validation;
import com.backorderdesk.security.Audit;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Creates, changes and finds warehouses. A new warehouse announces itself to inventory. */
@Stateless
@LocalBean // also injected as itself, not only as a Catalogue
public class Warehouses implements Catalogue<Warehouse, WarehouseData> {

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Audit audit;
    @Inject
    Event<WarehouseAdded> added;

    public Warehouse create(WarehouseData data) {
        validation.check(data);
        if (Entities.taken(em, "Warehouse", "code", data.code())) {
            throw duplicate(data.code());
        }
        Warehouse warehouse = Entities.persistNew(em, new Warehouse(data), () -> duplicate(data.code()));
        added.fire(new WarehouseAdded(warehouse));
        audit.record("warehouse.created", warehouse.getCode(), warehouse.getName());
        return warehouse;
    }

    public Warehouse update(String code, WarehouseData data) {
        Warehouse warehouse = get(code);
        validation.check(new WarehouseData(code, data.name(), data.priority(), data.active(), data.autoMatch()));
        warehouse.update(data);
        audit.record("warehouse.changed", code, warehouse.getName());
        return warehouse;
    }

    public Warehouse get(String code) {
        return find(code).orElseThrow(() -> unknown(code));
    }

    /** The answer to a code that names no warehouse. */
    public static Problem unknown(String code) {
        return Problem.notFound("warehouse", "Unknown warehouse '" + code + "'.");
    }

    public Optional<Warehouse> find(String code) {
        return Entities.single(em.createNamedQuery(Warehouse.BY_CODE, Warehouse.class).setParameter("code", code));
    }

    /** The columns the list sorts by. */
    static final Map<String, String> SORTS = Map.of("code", "w.code", "name", "w.name", "priority", "w.priority");
    static final String LIST = "select w from Warehouse w where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\'";

    @Override
    public Page<Warehouse> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery(LIST + Sorting.orderBy(sort, SORTS, "priority", "w"), Warehouse.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(Warehouse.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }

    /** Every warehouse, in priority order (the order in which stock is pulled from them). */
    public List<Warehouse> all() {
        return em.createNamedQuery(Warehouse.ALL_BY_PRIORITY, Warehouse.class).getResultList();
    }

    private static Problem duplicate(String code) {
        return Problem.conflict("code", "A warehouse with code '" + code + "' already exists.");
    }
}
