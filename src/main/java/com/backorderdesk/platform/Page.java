package com.backorderdesk.platform;

import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total number of matching items. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Runs a list query for one page and its count query for the total. */
    public static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
        List<T> list = items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(list, count.getSingleResult(), request.page(), request.size());
    }

    /** A case-insensitive "contains" pattern for {@code like ... escape '\'}. */
    public static String contains(String search) {
        String term = search == null ? "" : search.trim().toLowerCase();
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long firstItem() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastItem() {
        return (long) page * size + items.size();
    }
}
