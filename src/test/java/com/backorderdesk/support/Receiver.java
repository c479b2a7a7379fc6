package com.backorderdesk.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook receiver on 127.0.0.1 inside the test: keeps what it is sent, answers a chosen status. */
public final class Receiver implements AutoCloseable {

    /** One request as it came in: its headers (first value, lower-case names) and its body. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger status = new AtomicInteger(204);

    private Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                received.add(new Received(headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver on a free port. */
    public static Receiver start() throws IOException {
        return new Receiver(0);
    }

    /** A receiver on this port (one that was down before). */
    public static Receiver startOn(int port) throws IOException {
        return new Receiver(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** Waits for the first request that matches, keeping the others for later. */
    public Received await(Predicate<Received> wanted, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        List<Received> others = new ArrayList<>();
        try {
            while (System.nanoTime() < until) {
                Received next = received.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    if (wanted.test(next)) {
                        return next;
                    }
                    others.add(next);
                }
            }
            throw new AssertionError("Nothing wanted arrived within " + patience + "; arrived: " + others);
        } finally {
            received.addAll(others);
        }
    }

    /** Everything received so far, and taken. */
    public List<Received> drain() {
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
