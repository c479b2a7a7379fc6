package com.backorderdesk.sales;

import com.backorderdesk.catalog.Product;
import com.backorderdesk.catalog.Products;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What order entry shows beside each line as it is typed, before anything is planned: the
 * product, the stock free to promise at the order's warehouse and in all, the price, the line
 * and order totals, and whether the warehouse is short. The page shows them after each send;
 * with JavaScript, {@code GET /orders/figures} gives them at once.
 */
@Stateless
public class EntryFigures {

    /** Stock free to promise of a product: at the order's warehouse, and in all warehouses. */
    public record Availability(int here, int total) {
        static final Availability NONE = new Availability(0, 0);
    }

    /** A line as typed: what is not known yet (an unknown SKU, a quantity that is no number) is null. */
    public record Line(String sku, String name, Integer quantity, Availability free, BigDecimal unitPrice,
                       BigDecimal lineTotal) {

        /** The order's warehouse cannot ship the whole quantity now (a backorder policy decides the rest). */
        public boolean shortHere() {
            return sku != null && quantity != null && quantity > free.here();
        }
    }

    public record Figures(List<Line> lines, BigDecimal total) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Products products;

    /** Figures for each typed line, in order (a blank SKU gives an empty line, so rows keep their places). */
    public Figures of(String warehouse, List<String> skus, List<String> quantities) {
        List<Optional<Product>> found = skus.stream()
                .map(typed -> typed == null || typed.isBlank() ? Optional.<Product>empty() : products.lookup(typed).found()).toList();
        Map<String, Availability> free = availability(warehouse, found.stream().flatMap(Optional::stream).map(Product::getSku).toList());
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < skus.size(); i++) {
            Integer quantity = i < quantities.size() ? wholeNumber(quantities.get(i)) : null;
            Product product = found.get(i).orElse(null);
            if (product == null) {
                lines.add(new Line(null, null, quantity, Availability.NONE, null, null));
                continue;
            }
            BigDecimal lineTotal = quantity == null ? null : product.getUnitPrice().multiply(BigDecimal.valueOf(quantity));
            total = lineTotal == null ? total : total.add(lineTotal);
            lines.add(new Line(product.getSku(), product.getName(), quantity,
                    free.getOrDefault(product.getSku(), Availability.NONE), product.getUnitPrice(), lineTotal));
        }
        return new Figures(lines, total);
    }

    /** Stock free to promise of each product, at the warehouse and in all active warehouses. */
    public Map<String, Availability> availability(String warehouse, List<String> skus) {
        Map<String, Availability> found = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        for (Object[] row : em.createQuery("select s.product.sku, s.warehouse.code, s.onHand - s.allocated from StockLevel s "
                + "where s.product.sku in :skus and s.warehouse.active = true", Object[].class).setParameter("skus", skus).getResultList()) {
            int units = Math.max(0, ((Number) row[2]).intValue());
            found.merge((String) row[0], new Availability(row[1].equals(warehouse) ? units : 0, units),
                    (a, b) -> new Availability(a.here() + b.here(), a.total() + b.total()));
        }
        return found;
    }

    private static Integer wholeNumber(String text) {
        try {
            int quantity = text == null ? 0 : Integer.parseInt(text.strip());
            return quantity > 0 ? quantity : null;
        } catch (NumberFormatException notYet) {
            return null;
        }
    }
}
