package com.backorderdesk.platform;

import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total number of matching items. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Runs a list query for one page and its count query for the total (a list page past the end: the last page). */
    public static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
        long total = count.getSingleResult();
        PageRequest shown = request.lastWhenBeyond() && request.offset() >= total ? request.last(total) : request;
        List<T> list = shown.offset() >= total ? List.of() : items.setFirstResult(shown.offset()).setMaxResults(shown.size()).getResultList();
        return new Page<>(list, total, shown.page(), shown.size());
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

    /**
     * The page numbers (from 0) a pager links to: the first, the last, and two either side of
     * this one; -1 where numbers are left out.
     */
    public java.util.List<Integer> pageNumbers() {
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        int last = Math.max(0, totalPages() - 1);
        for (int p = 0; p <= last; p++) {
            if (p == 0 || p == last || Math.abs(p - page) <= 2) {
                numbers.add(p);
            } else if (numbers.get(numbers.size() - 1) != -1) {
                numbers.add(-1);
            }
        }
        return numbers;
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
