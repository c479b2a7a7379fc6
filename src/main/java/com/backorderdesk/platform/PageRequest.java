package com.backorderdesk.platform;

/**
 * Which slice of a long list: {@code page} from 0, {@code size} from 1 to 1000. A list page
 * asked for a page past its end ({@code lastWhenBeyond}: a bookmark, or page 3 after a receipt
 * shortened the list) shows the last page; the API answers such a page empty, as clients that
 * read until an empty page expect.
 */
public record PageRequest(int page, int size, boolean lastWhenBeyond) {

    public static final int MAX_SIZE = 1000;

    public PageRequest(int page, int size) {
        this(page, size, false);
    }

    public PageRequest {
        if (page < 0) {
            throw Problem.invalid("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw Problem.invalid("page", "page " + page + " is beyond the end of any list");
        }
    }

    /** {@code page} and {@code size} as a list's address gives them (null when left out). */
    public static PageRequest of(String page, String size, int defaultSize) {
        return new PageRequest(wholeNumber("page", page, 0), wholeNumber("size", size, defaultSize));
    }

    /** The page sizes a list page offers (a pager's choice); any other size is the default. */
    public static final java.util.List<Integer> LIST_SIZES = java.util.List.of(25, 50, 100);

    /** A page of a list page: {@code size} one of {@link #LIST_SIZES}, else {@code defaultSize}. */
    public static PageRequest listed(String page, String size, int defaultSize) {
        int chosen;
        try {
            chosen = size == null ? defaultSize : Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            chosen = defaultSize;
        }
        return new PageRequest(wholeNumber("page", page, 0), LIST_SIZES.contains(chosen) ? chosen : defaultSize, true);
    }

    /** A page of a list page shown {@code size} at a time. */
    public static PageRequest listed(String page, int size) {
        return new PageRequest(wholeNumber("page", page, 0), size, true);
    }

    /** The last page of a list of {@code total} items, this size. */
    PageRequest last(long total) {
        return new PageRequest((int) ((Math.max(1, total) - 1) / size), size, lastWhenBeyond);
    }

    private static int wholeNumber(String name, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(name, name + " must be a whole number");
        }
    }

    public int offset() {
        return page * size;
    }
}
