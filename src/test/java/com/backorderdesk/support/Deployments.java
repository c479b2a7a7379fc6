package com.backorderdesk.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment every Arquillian test uses: the application's own WAR, as the build
 * packaged it, plus (for tests that run inside the server) the test classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR exactly as built, for tests that talk to it over HTTP. */
    public static WebArchive application() {
        File war = new File(System.getProperty("app.war", "target/backorder-desk.war"));
        return ShrinkWrap.create(ZipImporter.class, "backorder-desk.war").importFrom(war).as(WebArchive.class);
    }

    /** The WAR plus test classes, for tests that run inside the server and inject its beans. */
    public static WebArchive withTests(Class<?>... testClasses) {
        return application().addClasses(testClasses).addClasses(ArquillianPublicPaths.class, Deployments.class);
    }
}
