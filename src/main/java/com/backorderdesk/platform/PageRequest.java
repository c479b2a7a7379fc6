package com.backorderdesk.platform;

/** Which slice of a long list: {@code page} from 0, {@code size} from 1 to 1000. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0) {
            throw Problem.invalid("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    public int offset() {
        return page * size;
    }
}
