package com.backorderdesk.restocking;

import com.backorderdesk.web.PageDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** The menu's alert badge: how many restock alerts the signed-in user has not read ({@code unreadAlerts}). */
@ApplicationScoped
public class AlertBadge implements PageDecorator {

    @Inject
    Alerts alerts;

    @Override
    public Map<String, Object> decorate(HttpServletRequest request) {
        return Map.of("unreadAlerts", request.getRemoteUser() == null ? 0L : alerts.unread(request.getRemoteUser(), BADGE_MAX));
    }
}
