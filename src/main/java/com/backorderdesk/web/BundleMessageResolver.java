package com.backorderdesk.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves {@code #{key}} from the {@code messages} bundle, in the locale of the request. */
public class BundleMessageResolver extends AbstractMessageResolver {

    public static final String BUNDLE = "messages";

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, context.getLocale()).getString(key);
            return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, context.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return "??" + key + "??";
    }
}
