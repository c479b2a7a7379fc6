package com.backorderdesk.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON the API reads and writes, as the provider's default but that a number with a
 * fraction is not a whole number: {@code "quantity": 1.5} is refused ({@link MalformedJson}), never
 * cut down to 1 (docs/API.md: quantities are whole numbers).
 */
@Provider
public class StrictJsonNumbers implements ContextResolver<ObjectMapper> {

    /** Also what an idempotent request's answer is kept as ({@link Idempotency}): the same bytes as the first answer. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
