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

import java.util.Optional;

/** Creates, changes and finds products. A new product announces itself to inventory. */
@Stateless
@LocalBean // also injected as itself, not only as a Catalogue
public class Products implements Catalogue<Product, ProductData> {

    @PersistenceContext
    EntityManager em;
    @Inject
    Validation validation;
    @Inject
    Suppliers suppliers;
    @Inject
    Audit audit;
    @Inject
    Event<ProductAdded> added;

    public Product create(ProductData data) {
        validation.check(data);
        if (Entities.taken(em, "Product", "sku", data.sku())) {
            throw duplicate(data.sku());
        }
        Product product = Entities.persistNew(em, new Product(data, suppliers.get(data.supplier())), () -> duplicate(data.sku()));
        added.fire(new ProductAdded(product));
        audit.record("product.created", product.getSku(), product.getName());
        return product;
    }

    public Product update(String sku, ProductData data) {
        Product product = get(sku);
        validation.check(new ProductData(sku, data.name(), data.unitPrice(), data.unitCost(), data.minStock(),
                data.supplier(), data.dropShippable()));
        product.update(data, suppliers.get(data.supplier()));
        audit.record("product.changed", sku, product.getName());
        return product;
    }

    public Product get(String sku) {
        return find(sku).orElseThrow(() -> Problem.notFound("sku", "Unknown product '" + sku + "'."));
    }

    public Optional<Product> find(String sku) {
        return Entities.single(em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", sku));
    }

    /** The products of these SKUs (exactly as written) that exist, by SKU: one statement for a whole order. */
    public Map<String, Product> find(java.util.Collection<String> skus) {
        Map<String, Product> found = new java.util.HashMap<>();
        if (!skus.isEmpty()) {
            em.createNamedQuery(Product.BY_SKUS, Product.class).setParameter("skus", skus).getResultStream().forEach(p -> found.put(p.getSku(), p));
        }
        return found;
    }

    /** A filter on products as typed: an exact SKU, or part of any SKU or name. */
    public TextFilter filter(String typed) {
        return TextFilter.of(typed, this::find);
    }

    /** The product a person means by a SKU or a name, typed in any case, whole or in part. */
    public Lookup<Product> lookup(String typed) {
        return Lookup.of(typed, this::find,
                sku -> Entities.single(em.createNamedQuery(Product.BY_SKU_ANY_CASE, Product.class).setParameter("sku", sku)),
                text -> em.createNamedQuery(Product.SEARCH, Product.class).setParameter("q", Page.contains(text))
                        .setMaxResults(Lookup.MAX_CANDIDATES + 1).getResultList(),
                Product::getSku, Product::getName);
    }

    /** The columns the list sorts by. */
    static final Map<String, String> SORTS = Map.of("sku", "p.sku", "name", "p.name", "supplier", "s.code", "price", "p.unitPrice");
    static final String LIST = "select p from Product p join fetch p.supplier s where lower(p.sku) like :q escape '\\' or lower(p.name) like :q escape '\\'";

    @Override
    public Page<Product> search(String q, String sort, PageRequest page) {
        return Page.of(em.createQuery(LIST + Sorting.orderBy(sort, SORTS, "sku", "p"), Product.class).setParameter("q", Page.contains(q)),
                em.createNamedQuery(Product.COUNT, Long.class).setParameter("q", Page.contains(q)), page);
    }

    private static Problem duplicate(String sku) {
        return Problem.conflict("sku", "A product with SKU '" + sku + "' already exists.");
    }
}
