package com.backorderdesk.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings an admin changes at run time (the default policy, the advisor's costs), stored by
 * name in the database so every server sees the same. Environment settings are {@link Config}.
 */
@Stateless
public class AdminSettings {

    @PersistenceContext
    EntityManager em;

    public Optional<String> get(String name) {
        List<?> value = em.createNativeQuery("select setting_value from app_setting where name = ?1").setParameter(1, name).getResultList();
        return value.isEmpty() ? Optional.empty() : Optional.of((String) value.get(0));
    }

    /** Every setting whose name starts with {@code prefix}, by name. */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> values = new HashMap<>();
        for (Object row : em.createNativeQuery("select name, setting_value from app_setting where name like ?1")
                .setParameter(1, prefix + "%").getResultList()) {
            Object[] pair = (Object[]) row;
            values.put((String) pair[0], (String) pair[1]);
        }
        return values;
    }

    public void put(String name, String value) {
        int updated = em.createNativeQuery("update app_setting set setting_value = ?1 where name = ?2")
                .setParameter(1, value).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into app_setting (name, setting_value) values (?1, ?2)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
        }
    }
}
