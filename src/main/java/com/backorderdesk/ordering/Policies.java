package com.backorderdesk.ordering;

import com.backorderdesk.catalog.Customer;
import com.backorderdesk.platform.Problem;
import com.backorderdesk.security.Audit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Which policy an order follows: its own override, else its customer's, else the system default. */
@Stateless
public class Policies {

    static final String DEFAULT_SETTING = "default.policy";

    @PersistenceContext
    EntityManager em;
    @Inject
    Audit audit;

    public BackorderPolicy resolve(List<String> override, Customer customer) {
        if (override != null && !override.isEmpty()) {
            return BackorderPolicy.parse(override);
        }
        return customer.getBackorderPolicy().orElseGet(this::systemDefault);
    }

    public BackorderPolicy systemDefault() {
        List<?> value = em.createNativeQuery("select setting_value from app_setting where name = ?1")
                .setParameter(1, DEFAULT_SETTING).getResultList();
        return value.isEmpty() ? BackorderPolicy.DEFAULT : BackorderPolicy.parse((String) value.get(0));
    }

    public BackorderPolicy changeSystemDefault(String text) {
        BackorderPolicy policy;
        try {
            policy = BackorderPolicy.parse(text);
        } catch (Problem p) {
            throw Problem.invalid("policy", p.getMessage());
        }
        int updated = em.createNativeQuery("update app_setting set setting_value = ?1 where name = ?2")
                .setParameter(1, String.join(",", policy.names())).setParameter(2, DEFAULT_SETTING).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into app_setting (name, setting_value) values (?1, ?2)")
                    .setParameter(1, DEFAULT_SETTING).setParameter(2, String.join(",", policy.names())).executeUpdate();
        }
        audit.record("policy.default-changed", "system", policy.toString());
        return policy;
    }
}
