package com.backorderdesk.webhooks;

import com.backorderdesk.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may call: http or https, a host that resolves, and never this server
 * itself (its loopback, its own host name or addresses, link-local addresses such as a cloud's
 * metadata service), unless an admin allows loopback for that endpoint (tests, a receiver on the
 * same machine). Asked when an endpoint is registered and again before every delivery, since
 * what a name resolves to can change.
 */
@ApplicationScoped
public class WebhookAddresses {

    /** The URL, if it may be registered; else a refusal for the field {@code url}. */
    public URI check(String text, boolean allowLoopback) {
        if (text == null || text.isBlank()) {
            throw Problem.invalid("url", "must not be empty");
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw Problem.invalid("url", "is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw Problem.invalid("url", "must be an http:// or https:// address with a host name");
        }
        if (url.getUserInfo() != null || url.getFragment() != null || url.toString().length() > 2000) {
            throw Problem.invalid("url", "must have no user name, no #fragment and at most 2,000 characters");
        }
        refusal(url, allowLoopback).ifPresent(reason -> {
            throw Problem.invalid("url", reason);
        });
        return url;
    }

    /** Why this URL may not be called now, if it may not. */
    public Optional<String> refusal(URI url, boolean allowLoopback) {
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " is unknown");
        }
        for (InetAddress address : addresses) {
            if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
                // link-local is where clouds keep their metadata service: never, allowed loopback or not
                return Optional.of("points to a link-local, multicast or unspecified address (" + host + " is "
                        + address.getHostAddress() + "): not allowed");
            }
            if (!allowLoopback && (address.isLoopbackAddress() || isThisMachine(address))) {
                return Optional.of("points to this server itself (" + host + " is " + address.getHostAddress()
                        + "): not allowed unless an administrator allows loopback for this endpoint");
            }
        }
        return Optional.empty();
    }

    private static boolean isThisMachine(InetAddress address) {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                    .anyMatch(address::equals);
        } catch (SocketException e) {
            return true; // when in doubt, not
        }
    }
}
