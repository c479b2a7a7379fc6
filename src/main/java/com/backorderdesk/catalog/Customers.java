package com.backorderdesk.catalog;

import java.util.Map;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.InvalidPolicy;
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

/** Creates, changes and finds customers, with their optional default backorder policy. */
@Stateless
@LocalBean // also injected as itself, not only as a Catalogue
public class Customers implements Catalogue<Customer, CustomerData> {

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Audit audit;

    public Customer create(CustomerData data) {
        validation.check(data);
        BackorderPolicy policy = policyOf(data);
        if (Entities.taken(em, "Customer", "code", data.code())) {
            throw duplicate(data.code());
        }
        Customer customer = Entities.persistNew(em, new Customer(data, policy), () -> duplicate(data.code()));
        audit.record("customer.created", customer.getCode(), customer.getName());
        return customer;
    }

    public Customer update(String code, CustomerData data) {
        Customer customer = get(code);
        validation.check(new CustomerData(code, data.name(), data.email(), data.shipTo(), data.backorderPolicy(), data.backorderNotices()));
        customer.update(data, policyOf(data));
        audit.record("customer.changed", code, customer.getName());
        return customer;
    }

    private static BackorderPolicy policyOf(CustomerData data) {
        try {
            return data.backorderPolicy() == null || data.backorderPolicy().isEmpty()
                    ? null : BackorderPolicy.parse(data.backorderPolicy());
        } catch (InvalidPolicy p) {
            throw Problem.invalid("backorderPolicy", p.getMessage());
        }
    }

    public Customer get(String code) {
        return find(code).orElseThrow(() -> unknown(code));
    }

    /** The answer to a code that names no customer. */
    public static Problem unknown(String code) {
        return Problem.notFound("customer", "Unknown customer '" + code + "'.");
    }

    public Optional<Customer> find(String code) {
        return Entities.single(em.createNamedQuery(Customer.BY_CODE, Customer.class).setParameter("code", code));
    }

    /** A filter on customers as typed: an exact code, or part of any code or name. */
    public TextFilter filter(String typed) {
        return TextFilter.of(typed, this::find);
    }

    /** The customer a person means by a code or a name, typed in any case, whole or in part. */
    public Lookup<Customer> lookup(String typed) {
        return Lookup.of(typed, this::find,
                code -> Entities.single(em.createNamedQuery(Customer.BY_CODE_ANY_CASE, Customer.class).setParameter("code", code)),
                text -> em.createNamedQuery(Customer.SEARCH, Customer.class).setParameter("q", Page.contains(text))
                        .setMaxResults(Lookup.MAX_CANDIDATES + 1).getResultList(),
                Customer::getCode, Customer::getName);
    }

    /** The columns the list sorts by. */
    static final Map<String, String> SORTS = Map.of("code", "c.code", "name", "c.name", "email", "c.email");
    static final String LIST = "select c from Customer c where lower(c.code) like :q escape '\\' or lower(c.name) like :q escape '\\'";

    @Override
    public Page<Customer> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery(LIST + Sorting.orderBy(sort, SORTS, "code", "c"), Customer.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(Customer.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }

    private static Problem duplicate(String code) {
        return Problem.conflict("code", "A customer with code '" + code + "' already exists.");
    }
}
