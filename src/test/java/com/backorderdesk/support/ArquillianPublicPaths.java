package com.backorderdesk.support;

import com.backorderdesk.security.PublicPaths;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** In test deployments only: Arquillian's test runner servlet may be called without signing in. */
@Alternative
@Priority(1)
@ApplicationScoped
public class ArquillianPublicPaths extends PublicPaths {

    @Override
    public boolean isPublic(String path) {
        return path.startsWith("/ArquillianServletRunner") || super.isPublic(path);
    }
}
