package com.backorderdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of a server of the test (the SMTP server, say): it passes
 * everything through, or, stalled, takes connections and never answers them, as a server that
 * hangs. Each node of a cluster gets its own, so a test sees which node is talking.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;

    public TcpRelay(int targetPort) throws IOException {
        this.target = targetPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** From now on, new connections hang (true) or pass through (false). */
    public void stall(boolean stall) {
        this.stalled = stall;
    }

    /** How many connections it took and left hanging. */
    public int hanging() {
        return held.size();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listening.accept();
                if (stalled) {
                    held.add(client);
                } else {
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    daemon(() -> pump(client, server));
                    daemon(() -> pump(server, client));
                }
            }
        } catch (IOException closed) {
            // the relay is closed
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // one side hung up
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        for (Socket socket : held) {
            closeQuietly(socket);
        }
    }
}
