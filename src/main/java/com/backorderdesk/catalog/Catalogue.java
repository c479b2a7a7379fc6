package com.backorderdesk.catalog;

import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;

/**
 * What every kind of catalogue entry offers, each known by a code (a product by its SKU):
 * the services of warehouses, suppliers, products and customers, for their pages.
 */
public interface Catalogue<E, D> {

    E create(D data);

    E update(String code, D data);

    /** The entry with this code, or a 404 problem. */
    E get(String code);

    /** Entries whose code or name contains {@code q}, in the list's usual order. */
    default Page<E> search(String q, PageRequest page) {
        return search(q, null, page);
    }

    /** The same, ordered by one of the list's columns ({@code sort}, '-' first for the other way round). */
    Page<E> search(String q, String sort, PageRequest page);
}
