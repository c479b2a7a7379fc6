package com.backorderdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Every {@code /api} refusal is the API's JSON error, also those the container makes before
 * the application sees the request: a JSON body over {@value #MAX_BYTES} bytes is refused with
 * 413 before it is read (the largest real request, an order of a thousand lines, is a few tens
 * of kilobytes), and an error the container sends itself (an address that cannot be decoded,
 * say) is written as {@code {"error": ...}} instead of its HTML page.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBodyLimit extends HttpFilter {

    static final long MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            json(response, 413, "The request body is larger than 1 MB.");
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                json(response, status, switch (status) {
                    case 400 -> "Bad request: the address or the request could not be read.";
                    case 404 -> "Nothing here: the address is unknown.";
                    case 405 -> "This address does not accept that method.";
                    default -> "The request was refused (HTTP " + status + ").";
                });
            }
        });
    }

    private static void json(HttpServletResponse response, int status, String error) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\"}");
        response.flushBuffer();
    }
}
