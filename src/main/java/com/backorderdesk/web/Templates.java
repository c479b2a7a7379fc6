package com.backorderdesk.web;

import com.backorderdesk.platform.Config;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.time.ZoneId;
import java.util.Currency;
import java.util.function.Function;

/** The one Thymeleaf engine of the application: templates under {@code WEB-INF/templates/}, text in {@code messages}. */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;
    @Inject
    Config settings;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;
    private ZoneId defaultZone;
    private Format format;

    @PostConstruct
    void build() {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(2);
        // plain-text mail bodies: "mail/restock-alert.txt"
        WebApplicationTemplateResolver text = new WebApplicationTemplateResolver(application);
        text.setPrefix("/WEB-INF/templates/");
        text.setResolvablePatterns(java.util.Set.of("*.txt"));
        text.setTemplateMode(TemplateMode.TEXT);
        text.setCharacterEncoding("UTF-8");
        text.setCacheable(true);
        text.setOrder(1);
        engine = new TemplateEngine();
        engine.addTemplateResolver(text);
        engine.addTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        defaultZone = setting("BACKORDER_TIME_ZONE", ZoneId::of, ZoneId.systemDefault());
        format = new Format(defaultZone, setting("BACKORDER_CURRENCY", Currency::getInstance, Currency.getInstance("USD")));
    }

    /** Read once the application starts, so a setting an operator got wrong stops the start with its reason. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing the start makes the container build this bean now (@PostConstruct reads the settings)
    }

    /** A setting an operator got wrong stops the start with the reason, rather than showing wrong times or money. */
    private <T> T setting(String name, Function<String, T> parse, T defaultValue) {
        return settings.get(name).map(value -> {
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + " is not valid: '" + value + "'", e);
            }
        }).orElse(defaultValue);
    }

    /** Formatting in the system's currency, moments in the given zone (none: the system's zone, BACKORDER_TIME_ZONE). */
    public Format format(ZoneId zone) {
        return zone == null ? format : format.in(zone);
    }

    /** The zone moments are shown in when the reader has not chosen one. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Renders a template outside a web request (mail bodies), with the given variables. */
    public String render(String template, java.util.Map<String, Object> variables, java.util.Locale locale) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(locale, variables);
        context.setVariable("fmt", format(null));
        return engine.process(template, context);
    }

    public JakartaServletWebApplication application() {
        return application;
    }

    public TemplateEngine engine() {
        return engine;
    }
}
