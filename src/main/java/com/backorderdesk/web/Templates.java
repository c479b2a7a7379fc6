package com.backorderdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The one Thymeleaf engine of the application: templates under {@code WEB-INF/templates/}, text in {@code messages}. */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

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
    }

    /** Renders a template outside a web request (mail bodies), with the given variables. */
    public String render(String template, java.util.Map<String, Object> variables, java.util.Locale locale) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(locale, variables);
        context.setVariable("fmt", Format.INSTANCE);
        return engine.process(template, context);
    }

    public JakartaServletWebApplication application() {
        return application;
    }

    public TemplateEngine engine() {
        return engine;
    }
}
