package com.backorderdesk.ordering;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a policy as its comma-separated strategy names. */
@Converter(autoApply = true)
public class BackorderPolicyConverter implements AttributeConverter<BackorderPolicy, String> {

    @Override
    public String convertToDatabaseColumn(BackorderPolicy policy) {
        return policy == null ? null : String.join(",", policy.names());
    }

    @Override
    public BackorderPolicy convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? null : BackorderPolicy.parse(column);
    }
}
