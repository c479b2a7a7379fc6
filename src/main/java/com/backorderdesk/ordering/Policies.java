package com.backorderdesk.ordering;

import com.backorderdesk.planning.BackorderPolicy;
import com.backorderdesk.planning.InvalidPolicy;
import com.backorderdesk.catalog.Customer;
import com.backorderdesk.platform.AdminSettings;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Which policy an order follows when it names none of its own: its customer's, else the system
 * default, which managers change here.
 */
@Stateless
public class Policies {

    static final String DEFAULT_SETTING = "default.policy";

    @Inject
    AdminSettings settings;
    @Inject
    Audit audit;

    /** The policy of an order that names none: its customer's, else the system default. */
    public BackorderPolicy of(Customer customer) {
        return customer.getBackorderPolicy().orElseGet(this::systemDefault);
    }

    public BackorderPolicy systemDefault() {
        return settings.get(DEFAULT_SETTING).map(BackorderPolicy::parse).orElse(BackorderPolicy.DEFAULT);
    }

    public BackorderPolicy changeSystemDefault(String text) {
        BackorderPolicy policy;
        try {
            policy = BackorderPolicy.parse(text);
        } catch (InvalidPolicy p) {
            throw Problem.invalid("policy", p.getMessage());
        }
        settings.put(DEFAULT_SETTING, String.join(",", policy.names()));
        audit.record("policy.default-changed", "system", policy.toString());
        return policy;
    }
}
