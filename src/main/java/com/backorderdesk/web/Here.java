package com.backorderdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the list a page shows, with its filters, to link to another page of it, a
 * page size or another order ({@code here.page(2)}, {@code here.size(50)}, {@code here.sort('customer')}):
 * every link keeps the filters, and a new size or order starts again at the first page.
 */
public record Here(String path, Map<String, String> params) {

    public static Here of(String path, Map<String, String[]> parameters) {
        Map<String, String> params = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (values.length > 0 && !values[0].isBlank() && !name.startsWith("_")) {
                params.put(name, values[0]);
            }
        });
        return new Here(path, params);
    }

    /** Whether the list is filtered (any parameter but the order, page and page size): an empty list then says so. */
    public boolean filtered() {
        return params.keySet().stream().anyMatch(name -> !Set.of("sort", "page", "size").contains(name));
    }

    /** The page sizes a pager offers. */
    public List<Integer> sizes() {
        return com.backorderdesk.platform.PageRequest.LIST_SIZES;
    }

    public String page(int page) {
        return with("page", page == 0 ? null : String.valueOf(page));
    }

    public String size(int size) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("size", String.valueOf(size));
        return link(changed);
    }

    /** The list ordered by {@code key}; asked again, the other way round ({@code -key}). */
    public String sort(String key) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("sort", key.equals(params.get("sort")) ? "-" + key : key);
        return link(changed);
    }

    /** The arrow beside a column heading: ▲ when the list is ordered by it, ▼ the other way round. */
    public String arrow(String key) {
        String sort = params.get("sort");
        return key.equals(sort) ? " ▲" : ("-" + key).equals(sort) ? " ▼" : "";
    }

    /** The heading's {@code aria-sort}: ascending, descending or none. */
    public String ariaSort(String key) {
        String sort = params.get("sort");
        return key.equals(sort) ? "ascending" : ("-" + key).equals(sort) ? "descending" : "none";
    }

    private String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return link(changed);
    }

    private String link(Map<String, String> query) {
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
