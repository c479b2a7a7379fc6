package com.backorderdesk.security;

import com.backorderdesk.web.PageDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** Every page's forms carry the session's CSRF token ({@code csrf}) in the field {@code csrfField}. */
@ApplicationScoped
public class CsrfDecorator implements PageDecorator {

    @Override
    public Map<String, Object> decorate(HttpServletRequest request) {
        return Map.of("csrf", Csrf.token(request), "csrfField", Csrf.FIELD);
    }
}
