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
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
    }

    public JakartaServletWebApplication application() {
        return application;
    }

    public TemplateEngine engine() {
        return engine;
    }
}
