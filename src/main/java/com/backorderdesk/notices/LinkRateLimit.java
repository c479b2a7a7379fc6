package com.backorderdesk.notices;

import com.backorderdesk.platform.Config;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The customers' link pages answer each source address at most
 * BACKORDER_LINK_REQUESTS_PER_MINUTE requests a minute (default 60, in bursts of up to that
 * many); beyond, 429 with a Retry-After. Guessing a link (256 random bits) is hopeless anyway;
 * this keeps one address from loading the server through pages that need no sign-in.
 */
@WebFilter(urlPatterns = "/c/*")
public class LinkRateLimit extends HttpFilter {

    /** Addresses remembered at most; past it the memory starts afresh (an attacker gains a minute at most). */
    static final int MAX_ADDRESSES = 10_000;

    @Inject
    Config settings;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        int perMinute = settings.number("BACKORDER_LINK_REQUESTS_PER_MINUTE", 60);
        // a bucket per address and limit: a limit changed at run time starts afresh
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr() + " " + perMinute, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Too many requests</title></head><body>"
                + "<h1>Too many requests</h1><p>Please wait a minute and open the link again.</p></body></html>");
    }
}
