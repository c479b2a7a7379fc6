package com.backorderdesk.ordering;

import com.backorderdesk.planning.BackorderPolicy;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores a policy as its comma-separated strategy names. Policies are immutable and few, so
 * each stored form is parsed once (reading thousands of orders parses nothing again).
 */
@Converter(autoApply = true)
public class BackorderPolicyConverter implements AttributeConverter<BackorderPolicy, String> {

    private static final Map<String, BackorderPolicy> PARSED = new ConcurrentHashMap<>();

    @Override
    public String convertToDatabaseColumn(BackorderPolicy policy) {
        return policy == null ? null : String.join(",", policy.names());
    }

    @Override
    public BackorderPolicy convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? null : PARSED.computeIfAbsent(column, BackorderPolicy::parse);
    }
}
