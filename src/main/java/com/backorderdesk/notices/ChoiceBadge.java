package com.backorderdesk.notices;

import com.backorderdesk.web.PageDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** The menu's badge of customer choices the signed-in clerk has not read yet ({@code unreadChoices}). */
@ApplicationScoped
public class ChoiceBadge implements PageDecorator {

    @Inject
    CustomerChoices choices;

    @Override
    public Map<String, Object> decorate(HttpServletRequest request) {
        return Map.of("unreadChoices", request.getRemoteUser() == null ? 0L : choices.unread(request.getRemoteUser(), BADGE_MAX));
    }
}
