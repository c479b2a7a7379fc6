package com.backorderdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A JSON body over {@value #MAX_BYTES} bytes is refused before it is read, with 413 and the
 * API's JSON error (the largest real request, an order of a thousand lines, is a few tens of
 * kilobytes). Without this the server's own limit answered a bare 400.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBodyLimit extends HttpFilter {

    static final long MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(413);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"The request body is larger than 1 MB.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
