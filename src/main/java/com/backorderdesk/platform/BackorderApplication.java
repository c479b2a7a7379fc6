package com.backorderdesk.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One Jakarta REST application serves the pages at {@code /} and the JSON API at {@code /api}. */
@ApplicationPath("/")
public class BackorderApplication extends Application {
}
