package com.backorderdesk.restocking;

import com.backorderdesk.inventory.RestockMatched;
import com.backorderdesk.mail.Outbox;
import com.backorderdesk.platform.Config;
import com.backorderdesk.security.Accounts;
import com.backorderdesk.security.AppUser;
import com.backorderdesk.web.Templates;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Restock alerts by mail: one mail per user per receipt, listing every order of that user the
 * receipt filled and what can now ship. Written to the outbox in the receipt's transaction.
 */
@Stateless
public class AlertMails {

    /** A mail lists this many orders; the rest are on the alerts page (a mail stays readable, and fits the outbox). */
    static final int MAX_LISTED = 50;

    @Inject
    Accounts accounts;
    @Inject
    Outbox outbox;
    @Inject
    Templates templates;
    @Inject
    Config settings;

    /** What one order got: its number, customer, status now, and SKU -> quantity matched. */
    public record FilledOrder(String order, String customer, String status, Map<String, Integer> quantities) {
    }

    public void matched(@Observes RestockMatched event) {
        Map<String, Map<String, FilledOrder>> byRecipient = new TreeMap<>();
        for (RestockMatched.Filled line : event.lines()) {
            FilledOrder filled = byRecipient.computeIfAbsent(line.recipient(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(line.order(), n -> new FilledOrder(n, line.customer(), line.status(), new TreeMap<>()));
            filled.quantities().merge(line.sku(), line.quantity(), Integer::sum);
        }
        byRecipient.forEach((username, orders) -> {
            Optional<AppUser> user = accounts.find(username);
            if (user.isEmpty() || !user.get().isEnabled()) {
                return;
            }
            List<FilledOrder> all = List.copyOf(orders.values());
            Map<String, Object> model = Map.of("username", username, "source", event.source(),
                    "orders", all.subList(0, Math.min(MAX_LISTED, all.size())), "more", Math.max(0, all.size() - MAX_LISTED),
                    "baseUrl", settings.get("BACKORDER_BASE_URL", "http://localhost:8080"));
            String subject = "Restock: " + orders.size() + (orders.size() == 1 ? " order" : " orders") + " filled by " + event.source();
            outbox.queue("ALERT", user.get().getEmail(), subject,
                    templates.render("mail/restock-alert.txt", model, Locale.ENGLISH),
                    templates.render("mail/restock-alert", model, Locale.ENGLISH), null);
        });
    }
}
