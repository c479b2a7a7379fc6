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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Creates, changes and finds suppliers. */
@Stateless
@LocalBean // also injected as itself, not only as a Catalogue
public class Suppliers implements Catalogue<Supplier, SupplierData> {

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Audit audit;

    public Supplier create(SupplierData data) {
        validation.check(data);
        if (Entities.taken(em, "Supplier", "code", data.code())) {
            throw duplicate(data.code());
        }
        Supplier supplier = Entities.persistNew(em, new Supplier(data), () -> duplicate(data.code()));
        audit.record("supplier.created", supplier.getCode(), supplier.getName());
        return supplier;
    }

    public Supplier update(String code, SupplierData data) {
        Supplier supplier = get(code);
        validation.check(new SupplierData(code, data.name(), data.email(), data.leadTimeDays(), data.dropShips()));
        supplier.update(data);
        audit.record("supplier.changed", code, supplier.getName());
        return supplier;
    }

    public Supplier get(String code) {
        return find(code).orElseThrow(() -> Problem.notFound("supplier", "Unknown supplier '" + code + "'."));
    }

    public Optional<Supplier> find(String code) {
        return Entities.single(em.createNamedQuery(Supplier.BY_CODE, Supplier.class).setParameter("code", code));
    }

    /** The supplier a person means by a code or a name, typed in any case, whole or in part. */
    public Lookup<Supplier> lookup(String typed) {
        return Lookup.of(typed, this::find,
                code -> em.createNamedQuery(Supplier.SEARCH, Supplier.class).setParameter("q", Page.contains(code)).getResultStream()
                        .filter(s -> s.getCode().equalsIgnoreCase(code)).findFirst(),
                text -> em.createNamedQuery(Supplier.SEARCH, Supplier.class).setParameter("q", Page.contains(text))
                        .setMaxResults(Lookup.MAX_CANDIDATES + 1).getResultList(),
                Supplier::getCode, Supplier::getName);
    }

    /** A filter on suppliers as typed: an exact code, or part of any code or name. */
    public TextFilter filter(String typed) {
        return TextFilter.of(typed, this::find);
    }

    /** The columns the list sorts by. */
    static final Map<String, String> SORTS = Map.of("code", "s.code", "name", "s.name", "email", "s.email", "lead", "s.leadTimeDays");
    static final String LIST = "select s from Supplier s where lower(s.code) like :q escape '\\' or lower(s.name) like :q escape '\\'";

    @Override
    public Page<Supplier> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery(LIST + Sorting.orderBy(sort, SORTS, "code", "s"), Supplier.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(Supplier.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }

    private static Problem duplicate(String code) {
        return Problem.conflict("code", "A supplier with code '" + code + "' already exists.");
    }
}
